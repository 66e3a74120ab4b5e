import type { ReactNode } from 'react';
import type { AppErrorValue, FieldIssue } from '../../../shared/result';
import { EffectiveFields } from './EffectiveFields';
import type { Effective } from './publishing';
import { PublishStatus } from './PublishStatus';

/**
 * What every policy editor ends with: the effective time and note, why a publish was refused,
 * and the publish button (plus any of the editor's own buttons). The editor's fields go inside.
 */
export function PolicyForm(props: {
  className?: string;
  onPublish(): void;
  effective: Effective;
  onEffective(next: Effective): void;
  now: number;
  /** The issues of the answer (and the editor's own): `effectiveFrom` shows at the time, the rest in the status. */
  issues: readonly FieldIssue[];
  error: AppErrorValue | null;
  canPublish: boolean;
  publishLabel: string;
  children: ReactNode;
  buttons?: ReactNode;
}) {
  return (
    <form
      className={props.className ? `policy-editor ${props.className}` : 'policy-editor'}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        props.onPublish();
      }}
    >
      {props.children}
      <EffectiveFields value={props.effective} now={props.now} issue={props.issues.find((i) => i.path === 'effectiveFrom')} onChange={props.onEffective} />
      <PublishStatus issues={props.issues} error={props.error} />
      <div className="row">
        <button type="submit" disabled={!props.canPublish}>
          {props.publishLabel}
        </button>
        {props.buttons}
      </div>
    </form>
  );
}
