import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clauseOf, findGuarded, isKept, KEEP_REASON_MIN, replaceClause, type GuardFinding, type GuardKept, type GuardRule } from '../../shared/domain/phraseGuard';
import { useGuardRules } from './guardRules';
import './forms.css';

export interface GuardFlagsProps {
  text: string;
  /** Replaces the text (a suggested sentence was chosen); `caret` is where the new clause ends. */
  onReplace(text: string, caret: number): void;
  rules?: readonly GuardRule[];
  /** Customer-facing fields: the field's name, the keep decisions made so far and how to change them. Without it the flags only advise. */
  keep?: { field: string; kept: readonly GuardKept[]; onChange(kept: GuardKept[]): void };
  id?: string;
}

const keyOf = (f: GuardFinding) => `${f.rule.id}|${f.phrase}`;

/**
 * The flagged phrases of a text, each with whole-sentence alternatives that replace the clause it
 * stands in (never just the words, so nothing reads 这个我我帮您…). In a customer-facing field a
 * phrase can instead be kept as written, with a reason the quality review will see.
 */
export function GuardFlags({ text, onReplace, rules, keep, id }: GuardFlagsProps) {
  const { t } = useTranslation();
  const inForce = useGuardRules();
  const findings = findGuarded(text, rules ?? inForce);
  const [keeping, setKeeping] = useState<string | null>(null);
  if (findings.length === 0) return null;
  const seen = new Set<string>();
  const unique = findings.filter((f) => !seen.has(keyOf(f)) && seen.add(keyOf(f)));
  const open = keep ? unique.filter((f) => !isKept(keep.kept, keep.field, f)) : unique;
  return (
    <ul id={id} className="guard-flags" aria-live="polite">
      {unique.map((finding) => {
        const kept = keep?.kept.find((k) => k.field === keep.field && k.ruleId === finding.rule.id && k.phrase === finding.phrase);
        const clause = clauseOf(text, finding);
        const label = t('guard.flagged', { phrase: text.slice(finding.start, finding.end), category: t(`call.guard.reasons.${finding.rule.reason}`) });
        if (kept && keep) {
          return (
            <li key={keyOf(finding)} className="guard-kept">
              <strong>{label}</strong> <span className="muted">{t('guard.kept', { reason: kept.reason })}</span>{' '}
              <button type="button" className="link" onClick={() => keep.onChange(keep.kept.filter((k) => k !== kept))}>
                {t('guard.undoKeep')}
              </button>
            </li>
          );
        }
        return (
          <li key={keyOf(finding)}>
            <strong>{label}</strong>
            <span className="muted"> · {t('guard.replaceClause', { clause: text.slice(clause.start, clause.end) })}</span>
            <span className="guard-alternatives">
              {finding.rule.alternatives.map((alternative) => (
                <button
                  key={alternative}
                  type="button"
                  className="link"
                  onClick={() => {
                    const result = replaceClause(text, finding, alternative);
                    onReplace(result.text, result.caret);
                  }}
                >
                  {alternative}
                </button>
              ))}
            </span>
            {keep &&
              (keeping === keyOf(finding) ? (
                <KeepForm
                  onCancel={() => setKeeping(null)}
                  onKeep={(reason) => {
                    setKeeping(null);
                    keep.onChange([...keep.kept, { field: keep.field, ruleId: finding.rule.id, phrase: finding.phrase, category: finding.rule.reason, reason }]);
                  }}
                />
              ) : (
                <button type="button" className="secondary keep-button" onClick={() => setKeeping(keyOf(finding))}>
                  {t('guard.keep')}
                </button>
              ))}
          </li>
        );
      })}
      {keep && open.length > 0 && <li className="guard-must muted">{t('guard.mustResolve')}</li>}
    </ul>
  );
}

/** The reason for keeping a flagged phrase: required (at least KEEP_REASON_MIN characters), with a clear message when missing. */
function KeepForm({ onKeep, onCancel }: { onKeep(reason: string): void; onCancel(): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const tooShort = reason.trim().length < KEEP_REASON_MIN;
  const confirm = () => {
    setTried(true);
    if (!tooShort) onKeep(reason.trim());
  };
  return (
    <div className="keep-form" role="group" aria-labelledby={`${id}-label`}>
      <p className="muted">{t('guard.keepHelp')}</p>
      <label id={`${id}-label`} htmlFor={id}>
        {t('guard.keepReason')}
      </label>
      <input
        id={id}
        value={reason}
        maxLength={200}
        autoFocus
        placeholder={t('guard.keepReasonPlaceholder')}
        aria-invalid={(tried && tooShort) || undefined}
        aria-describedby={tried && tooShort ? `${id}-error` : undefined}
        onChange={(e) => setReason(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            confirm();
          } else if (e.key === 'Escape') {
            e.stopPropagation();
            onCancel();
          }
        }}
      />
      {tried && tooShort && (
        <span className="field-error" id={`${id}-error`} role="alert">
          {t('validation.keepReasonRequired')}
        </span>
      )}
      <span className="row">
        <button type="button" onClick={confirm}>
          {t('guard.keepConfirm')}
        </button>
        <button type="button" className="link" onClick={onCancel}>
          {t('guard.keepCancel')}
        </button>
      </span>
    </div>
  );
}
