import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactPhone, CustomerContacts } from '../../../shared/schemas/customerContacts';
import type { AppErrorValue } from '../../../shared/result';
import { useApi } from '../../apiContext';
import { ContactTextEditor } from './ContactTextEditor';
import { PhoneAddForm } from './PhoneAddForm';
import { RevealField } from './RevealField';

type Editing = 'phone' | 'email' | 'address' | null;

/**
 * The customer's contact details in customer 360, inside its profile list: every phone (masked,
 * each revealed with a reason, one the main phone), the email and the postal address, each
 * editable in place. Every edit answers the contacts as stored, which replace what is shown.
 */
export function ContactDetails({ customerId, initial }: { customerId: string; initial: CustomerContacts }) {
  const { t } = useTranslation();
  const api = useApi();
  const [contacts, setContacts] = useState(initial);
  const [editing, setEditing] = useState<Editing>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const { customer, phones } = contacts;

  const saved = (next: CustomerContacts, message: string) => {
    setContacts(next);
    setEditing(null);
    setError(null);
    setNotice(message);
  };
  const open = (what: Editing) => {
    setEditing(what);
    setNotice(null);
    setError(null);
  };

  async function phoneAct(phone: ContactPhone, act: 'remove' | 'primary') {
    if (busy) return;
    setBusy(true);
    setNotice(null);
    setError(null);
    const request = { customerId, phoneRef: phone.ref };
    const reply = act === 'remove' ? await api.removeCustomerPhone(request) : await api.setPrimaryCustomerPhone(request);
    setBusy(false);
    if (!reply.ok) return setError(reply.error);
    saved(reply.value, t(act === 'remove' ? 'customer360.contacts.removed' : 'customer360.contacts.madePrimary', { phone: phone.masked }));
  }

  const phoneLabel = (phone: ContactPhone) => t(`customer360.contacts.labels.${phone.label}`);
  const errorText = (e: AppErrorValue) => (e.issues?.some((i) => i.key === 'contactRequired') ? t('validation.contactRequired') : t(`errors.${e.code}`));

  return (
    <>
      {phones.length === 0 && (
        <RevealField customerId={customerId} field="phone" label={t('customer360.fields.phone')} masked={null} empty={<span className="muted">{t('customer360.contacts.noPhone')}</span>} />
      )}
      {phones.map((phone) => (
        <RevealField
          key={`${phone.ref}-${phone.primary}`}
          customerId={customerId}
          field="phone"
          label={phone.primary ? t('customer360.fields.phone') : t('customer360.fields.otherPhones')}
          masked={phone.masked}
          {...(phone.primary ? {} : { phoneRef: phone.ref, name: t('customer360.contacts.phoneName', { phone: phone.masked }) })}
        >
          <span className="c360-badge">{phoneLabel(phone)}</span>
          {phone.primary && phones.length > 1 && <span className="c360-badge primary">{t('customer360.contacts.primary')}</span>}
          {!phone.primary && (
            <button type="button" className="link" disabled={busy} aria-label={t('customer360.contacts.makePrimary', { phone: phone.masked })} onClick={() => void phoneAct(phone, 'primary')}>
              {t('customer360.contacts.makePrimaryShort')}
            </button>
          )}
          <button type="button" className="link c360-remove" disabled={busy} aria-label={t('customer360.contacts.remove', { phone: phone.masked })} onClick={() => void phoneAct(phone, 'remove')}>
            {t('customer360.contacts.removeShort')}
          </button>
        </RevealField>
      ))}
      <dd className="c360-contact-edit">
        {editing === 'phone' ? (
          <PhoneAddForm customerId={customerId} first={phones.length === 0} onSaved={(next) => saved(next, t('customer360.contacts.added'))} onCancel={() => setEditing(null)} />
        ) : (
          <button type="button" className="small secondary" onClick={() => open('phone')}>
            {t('customer360.contacts.addPhone')}
          </button>
        )}
      </dd>
      {(['email', 'address'] as const).map((field) => {
        const masked = field === 'email' ? customer.emailMasked : customer.addressMasked;
        const editButton = (
          <button type="button" className="link" onClick={() => open(field)}>
            {t(masked === null ? `customer360.contacts.add.${field}` : `customer360.contacts.edit.${field}`)}
          </button>
        );
        return [
          <RevealField key={`${field}-${masked}`} customerId={customerId} field={field} label={t(`customer360.fields.${field}`)} masked={masked} empty={editing === field ? null : editButton}>
            {editing === field ? null : editButton}
          </RevealField>,
          editing === field && (
            <dd key={`${field}-editor`} className="c360-contact-edit">
              <ContactTextEditor customerId={customerId} field={field} hasValue={masked !== null} onSaved={(next) => saved(next, t(`customer360.contacts.saved.${field}`))} onCancel={() => setEditing(null)} />
            </dd>
          ),
        ];
      })}
      {(notice || error) && (
        <dd className="c360-contact-edit">
          {notice && (
            <span role="status" className="muted">
              {notice}
            </span>
          )}
          {error && (
            <span role="alert" className="error-banner">
              {errorText(error)}
            </span>
          )}
        </dd>
      )}
    </>
  );
}
