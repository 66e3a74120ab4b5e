import { useId, useState, type FormEvent, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { channels, LIMITS, newCaseInput, type CaseSummary, type Channel, type NewCaseInput } from '../../../shared/schemas/case';
import type { AppErrorValue, FieldIssue } from '../../../shared/result';
import { toFieldIssues } from '../../../shared/validation';
import { useApi } from '../../apiContext';
import { FieldError } from '../../ui/FieldError';
import { LimitedInput } from '../../ui/LimitedInput';

/** The fields this quick form captures; the call screen captures the rest. */
type Field = 'customerName' | 'customerPhone' | 'customerEmail' | 'channel' | 'subject';
const emptyForm: Required<Pick<NewCaseInput, Field>> = { customerName: '', customerPhone: '', customerEmail: '', channel: 'phone', subject: '' };

export function NewCaseForm({ onCreated, firstFieldRef }: { onCreated: (created: CaseSummary) => void; firstFieldRef?: Ref<HTMLInputElement> }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [form, setForm] = useState(emptyForm);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [saving, setSaving] = useState(false);
  const [created, setCreated] = useState<string | null>(null);

  const issueOf = (field: Field) => issues.find((i) => i.path === field);
  const set = (field: Field) => (value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
    // A missing contact is named on both contact fields: typing in either answers it.
    setIssues((all) => all.filter((i) => i.path !== field && !(i.key === 'contactRequired' && (field === 'customerPhone' || field === 'customerEmail'))));
  };

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (saving) return;
    setCreated(null);
    setError(null);
    const local = newCaseInput.safeParse(form);
    if (!local.success) {
      setIssues(toFieldIssues(local.error));
      return;
    }
    setSaving(true);
    const result = await api.createCase(form);
    setSaving(false);
    if (result.ok) {
      setForm(emptyForm);
      setIssues([]);
      setCreated(result.value.number);
      onCreated(result.value);
    } else {
      setIssues(result.error.issues ?? []);
      setError(result.error);
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit(event);
  }

  const fieldProps = (field: Field) => {
    const issue = issueOf(field);
    return {
      id: `${id}-${field}`,
      name: field,
      'aria-invalid': issue ? true : undefined,
      'aria-describedby': issue ? `${id}-${field}-error` : undefined,
    };
  };
  const fieldError = (field: Field) => <FieldError issue={issueOf(field)} id={`${id}-${field}-error`} />;

  return (
    <form className="panel new-case" onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('newCase.title')}</h2>
      <label htmlFor={`${id}-customerName`}>{t('newCase.customerName')}</label>
      <LimitedInput
        {...fieldProps('customerName')}
        ref={firstFieldRef}
        value={form.customerName}
        maxLength={LIMITS.name}
        placeholder={t('newCase.customerNamePlaceholder')}
        onValue={set('customerName')}
      />
      {fieldError('customerName')}
      <label htmlFor={`${id}-customerPhone`}>{t('newCase.customerPhone')}</label>
      <input
        {...fieldProps('customerPhone')}
        type="tel"
        inputMode="tel"
        value={form.customerPhone}
        placeholder={t('newCase.customerPhonePlaceholder')}
        onChange={(e) => set('customerPhone')(e.target.value)}
      />
      {fieldError('customerPhone')}
      <label htmlFor={`${id}-customerEmail`}>{t('newCase.customerEmail')}</label>
      <input
        {...fieldProps('customerEmail')}
        type="email"
        inputMode="email"
        value={form.customerEmail}
        placeholder={t('newCase.customerEmailPlaceholder')}
        onChange={(e) => set('customerEmail')(e.target.value)}
      />
      {fieldError('customerEmail')}
      <p className="muted field-hint" id={`${id}-contactHint`}>
        {t('newCase.contactHint')}
      </p>
      <label htmlFor={`${id}-channel`}>{t('newCase.channel')}</label>
      <select {...fieldProps('channel')} value={form.channel} onChange={(e) => set('channel')(e.target.value as Channel)}>
        {channels.map((c) => (
          <option key={c} value={c}>
            {t(`channels.${c}`)}
          </option>
        ))}
      </select>
      {fieldError('channel')}
      <label htmlFor={`${id}-subject`}>{t('newCase.subject')}</label>
      <LimitedInput {...fieldProps('subject')} value={form.subject} maxLength={LIMITS.subject} placeholder={t('newCase.subjectPlaceholder')} onValue={set('subject')} />
      {fieldError('subject')}
      {error && (
        <p role="alert" className="error-banner">
          {t(`errors.${error.code}`)}
        </p>
      )}
      {created && (
        <p role="status" className="success-banner">
          {t('newCase.created', { number: created })}
        </p>
      )}
      <button type="submit" disabled={saving}>
        {saving ? t('newCase.submitting') : t('newCase.submit')}
      </button>
    </form>
  );
}
