import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../shared/result';
import { validationMessage } from '../../ui/validationMessage';
import { LimitedInput } from '../../ui/LimitedInput';

/** The sync server's address; empty means standalone. Checked by the settings schema in main. */
export function ServerUrlField({ value, onChange, issue }: { value: string; onChange(value: string): void; issue: FieldIssue | undefined }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('profile.serverUrl')}</label>
      <LimitedInput
        id={id}
        type="text"
        inputMode="url"
        spellCheck={false}
        value={value}
        maxLength={2_000}
        placeholder={t('profile.serverUrlPlaceholder')}
        aria-invalid={issue ? true : undefined}
        aria-describedby={`${id}-help`}
        onValue={onChange}
      />
      <span id={`${id}-help`} className={issue ? 'field-error' : 'muted small-print'}>
        {issue ? (issue.key === 'invalid' ? t('profile.serverUrlInvalid') : validationMessage(t, issue)) : t('profile.serverUrlHelp')}
      </span>
    </div>
  );
}
