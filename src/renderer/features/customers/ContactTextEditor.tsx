import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue, FieldIssue } from '../../../shared/result';
import { setCustomerAddressInput, setCustomerEmailInput, type CustomerContacts } from '../../../shared/schemas/customerContacts';
import { toFieldIssues } from '../../../shared/validation';
import { useApi } from '../../apiContext';
import { FieldError } from '../../ui/FieldError';
import { LimitedInput } from '../../ui/LimitedInput';

type Field = 'email' | 'address';

/**
 * Replaces (or clears) the customer's email or postal address. The stored value is never shown
 * here: the agent types the new one. Escape cancels.
 */
export function ContactTextEditor({ customerId, field, hasValue, onSaved, onCancel }: { customerId: string; field: Field; hasValue: boolean; onSaved(next: CustomerContacts): void; onCancel(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [value, setValue] = useState('');
  const [issue, setIssue] = useState<FieldIssue | undefined>();
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(next: string | null) {
    if (busy) return;
    setError(null);
    const local = field === 'email' ? setCustomerEmailInput.safeParse({ customerId, email: next }) : setCustomerAddressInput.safeParse({ customerId, address: next });
    if (!local.success) return setIssue(toFieldIssues(local.error).find((i) => i.path === field) ?? { path: field, key: 'invalid' });
    setBusy(true);
    const reply = field === 'email' ? await api.setCustomerEmail({ customerId, email: next }) : await api.setCustomerAddress({ customerId, address: next });
    setBusy(false);
    if (reply.ok) return onSaved(reply.value);
    const own = reply.error.issues?.find((i) => i.path === field);
    if (own) setIssue(own);
    else setError(reply.error);
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(value);
  };

  return (
    <form
      className="contact-form"
      aria-label={t(`customer360.contacts.form.${field}`)}
      noValidate
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <label htmlFor={`${id}-value`}>{t(`customer360.contacts.newValue.${field}`)}</label>
      <LimitedInput
        id={`${id}-value`}
        type={field === 'email' ? 'email' : 'text'}
        autoFocus
        value={value}
        maxLength={field === 'email' ? 254 : 500}
        placeholder={t(`customer360.contacts.placeholder.${field}`)}
        aria-invalid={issue ? true : undefined}
        aria-describedby={issue ? `${id}-error` : undefined}
        onValue={(v) => (setValue(v), setIssue(undefined))}
      />
      <FieldError issue={issue} id={`${id}-error`} />
      {error && (
        <p role="alert" className="error-banner">
          {t(`errors.${error.code}`)}
        </p>
      )}
      <div className="row">
        <button type="submit" className="small" disabled={busy}>
          {busy ? t('customer360.contacts.saving') : t('customer360.contacts.save')}
        </button>
        {hasValue && (
          <button type="button" className="small secondary" disabled={busy} onClick={() => void save(null)}>
            {t(`customer360.contacts.clear.${field}`)}
          </button>
        )}
        <button type="button" className="small secondary" onClick={onCancel}>
          {t('customer360.contacts.cancel')}
        </button>
      </div>
    </form>
  );
}
