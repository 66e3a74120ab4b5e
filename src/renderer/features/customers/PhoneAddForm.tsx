import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { phoneLabels, type PhoneLabel } from '../../../shared/domain/customerContacts';
import type { AppErrorValue, FieldIssue } from '../../../shared/result';
import { addCustomerPhoneInput, type CustomerContacts } from '../../../shared/schemas/customerContacts';
import { toFieldIssues } from '../../../shared/validation';
import { useApi } from '../../apiContext';
import { FieldError } from '../../ui/FieldError';

/** Adds a phone to the customer: number, kind, and whether it becomes the main phone. Escape cancels. */
export function PhoneAddForm({ customerId, first, onSaved, onCancel }: { customerId: string; first: boolean; onSaved(next: CustomerContacts): void; onCancel(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [phone, setPhone] = useState('');
  const [label, setLabel] = useState<PhoneLabel>('mobile');
  const [primary, setPrimary] = useState(first);
  const [issue, setIssue] = useState<FieldIssue | undefined>();
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setError(null);
    const request = { customerId, phone, label, primary };
    const local = addCustomerPhoneInput.safeParse(request);
    if (!local.success) return setIssue(toFieldIssues(local.error).find((i) => i.path === 'phone'));
    setBusy(true);
    const reply = await api.addCustomerPhone(request);
    setBusy(false);
    if (reply.ok) return onSaved(reply.value);
    const phoneIssue = reply.error.issues?.find((i) => i.path === 'phone');
    if (phoneIssue) setIssue(phoneIssue);
    else setError(reply.error);
  }

  return (
    <form
      className="contact-form"
      aria-label={t('customer360.contacts.addPhoneForm')}
      noValidate
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <label htmlFor={`${id}-phone`}>{t('customer360.contacts.number')}</label>
      <input
        id={`${id}-phone`}
        type="tel"
        inputMode="tel"
        autoFocus
        value={phone}
        placeholder={t('customer360.contacts.numberPlaceholder')}
        aria-invalid={issue ? true : undefined}
        aria-describedby={issue ? `${id}-phone-error` : undefined}
        onChange={(e) => (setPhone(e.target.value), setIssue(undefined))}
      />
      <FieldError issue={issue} id={`${id}-phone-error`} />
      <label htmlFor={`${id}-label`}>{t('customer360.contacts.kind')}</label>
      <select id={`${id}-label`} value={label} onChange={(e) => setLabel(e.target.value as PhoneLabel)}>
        {phoneLabels.map((l) => (
          <option key={l} value={l}>
            {t(`customer360.contacts.labels.${l}`)}
          </option>
        ))}
      </select>
      <label className="checkbox">
        <input type="checkbox" checked={primary} disabled={first} onChange={(e) => setPrimary(e.target.checked)} />
        {t('customer360.contacts.asPrimary')}
      </label>
      {error && (
        <p role="alert" className="error-banner">
          {t(`errors.${error.code}`)}
        </p>
      )}
      <div className="row">
        <button type="submit" className="small" disabled={busy}>
          {busy ? t('customer360.contacts.saving') : t('customer360.contacts.savePhone')}
        </button>
        <button type="button" className="small secondary" onClick={onCancel}>
          {t('customer360.contacts.cancel')}
        </button>
      </div>
    </form>
  );
}
