import { useId, useRef, type RefObject } from 'react';
import { findGuarded, type GuardKept, type GuardRule } from '../../shared/domain/phraseGuard';
import { GuardFlags, type GuardFlagsProps } from './GuardFlags';
import { useGuardRules } from './guardRules';
import { useLengthLimit } from './useLengthLimit';

/**
 * A textarea that flags forbidden phrases as the agent types (不知道, "I don't know", promises that
 * cannot be kept, blame, deflection) and offers whole-sentence alternatives that replace the
 * flagged clause. With `keep`, the field is customer-facing: a flagged phrase may also be kept as
 * written, with a reason. Near its limit it counts characters; a paste that does not fit says so.
 */
export function GuardedTextArea(props: {
  label: string;
  value: string;
  onChange(value: string): void;
  maxLength?: number;
  rows?: number;
  rules?: GuardRule[];
  placeholder?: string;
  keep?: { field: string; kept: readonly GuardKept[]; onChange(kept: GuardKept[]): void };
}) {
  const id = useId();
  const inForce = useGuardRules();
  const ref = useRef<HTMLTextAreaElement>(null);
  const limit = useLengthLimit({ value: props.value, max: props.maxLength, onChange: props.onChange, id, inputRef: ref });
  const onReplace: GuardFlagsProps['onReplace'] = (text, caret) => {
    props.onChange(text);
    requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.setSelectionRange(caret, caret);
    });
  };
  const flagged = findGuarded(props.value, props.rules ?? inForce).length > 0;
  const flagsId = flagged ? `${id}-guard` : undefined;
  const flags = <GuardFlags id={flagsId} text={props.value} rules={props.rules} onReplace={onReplace} keep={props.keep} />;
  const described = [limit.statusId, flagsId].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <textarea
        id={id}
        rows={props.rows ?? 3}
        value={props.value}
        placeholder={props.placeholder}
        aria-describedby={described || undefined}
        aria-invalid={flagged || undefined}
        {...limit.inputProps}
        ref={ref as RefObject<HTMLTextAreaElement>}
        onChange={(e) => limit.change(e.target.value)}
      />
      {limit.status}
      {flags}
    </div>
  );
}
