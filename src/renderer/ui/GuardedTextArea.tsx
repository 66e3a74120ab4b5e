import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultGuardRules, findGuarded, type GuardRule } from '../../shared/domain/phraseGuard';

/**
 * A textarea that flags forbidden phrases as the agent types (不知道, "I don't know", promises that
 * cannot be kept) and offers approved alternatives; choosing one replaces the flagged phrase.
 */
export function GuardedTextArea(props: { label: string; value: string; onChange(value: string): void; maxLength?: number; rows?: number; rules?: GuardRule[]; placeholder?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const rules = props.rules ?? defaultGuardRules;
  const flags = useMemo(() => findGuarded(props.value, rules), [props.value, rules]);
  const replace = (start: number, end: number, text: string) => props.onChange(props.value.slice(0, start) + text + props.value.slice(end));
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <textarea
        id={id}
        rows={props.rows ?? 3}
        value={props.value}
        maxLength={props.maxLength}
        placeholder={props.placeholder}
        aria-invalid={flags.length > 0 || undefined}
        aria-describedby={flags.length > 0 ? `${id}-guard` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {flags.length > 0 && (
        <ul id={`${id}-guard`} className="guard-flags" aria-live="polite">
          {flags.map((flag) => (
            <li key={`${flag.start}-${flag.phrase}`}>
              <strong>{t('call.guard.flagged', { phrase: props.value.slice(flag.start, flag.end) })}</strong>
              <span className="muted"> · {t(`call.guard.reasons.${flag.rule.reason}`)} · {t('call.guard.useInstead')}</span>
              {flag.rule.alternatives.map((alternative) => (
                <button key={alternative} type="button" className="link" onClick={() => replace(flag.start, flag.end, alternative)}>
                  {alternative}
                </button>
              ))}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
