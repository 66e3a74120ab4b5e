import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../shared/result';
import { DateTimeField } from '../../ui/DateTimeField';
import { validationMessage } from '../../ui/validationMessage';
import type { Effective } from './publishing';

/** When a new version takes effect (now, or a chosen date and 24-hour time in the interface language's format) and why it changed. */
export function EffectiveFields({ value, now, issue, onChange }: { value: Effective; now: number; issue: FieldIssue | undefined; onChange(next: Effective): void }) {
  const { t } = useTranslation();
  const name = useId();
  const noteId = useId();
  const message = issue && (issue.key === 'atRequired' ? t('policies.effective.atRequired') : validationMessage(t, issue));
  return (
    <fieldset className="policy-effective">
      <legend>{t('policies.effective.legend')}</legend>
      <div className="row">
        {(['now', 'at'] as const).map((mode) => (
          <label key={mode} className="check">
            <input type="radio" name={name} checked={value.mode === mode} onChange={() => onChange({ ...value, mode, at: mode === 'at' ? (value.at ?? null) : null })} />
            {t(`policies.effective.${mode}`)}
          </label>
        ))}
      </div>
      {value.mode === 'at' && <DateTimeField label={t('policies.effective.atLabel')} value={value.at} notBefore={now} onChange={(at) => onChange({ ...value, at })} />}
      {message && (
        <p className="field-error" role="alert">
          {message}
        </p>
      )}
      <div className="field">
        <label htmlFor={noteId}>{t('policies.effective.note')}</label>
        <input id={noteId} type="text" maxLength={500} value={value.note} placeholder={t('policies.effective.notePlaceholder')} onChange={(e) => onChange({ ...value, note: e.target.value })} />
      </div>
    </fieldset>
  );
}
