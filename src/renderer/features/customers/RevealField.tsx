import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PiiField } from '../../../shared/schemas/domainTerms';
import type { AppErrorValue } from '../../../shared/result';
import { useApi } from '../../apiContext';
import { formatTime } from '../../ui/formatSpan';
import { LimitedInput } from '../../ui/LimitedInput';

interface Revealed {
  value: string | null;
  reason: string;
  at: number;
}

const reasonOk = (reason: string) => Array.from(reason.trim()).length >= 2;

/**
 * One masked personal-data field with "show" behind a reason: the store checks the role, writes the
 * audit row and answers the value, which then shows in place with who saw it, when and why.
 */
export function RevealField({
  customerId,
  field,
  label,
  masked,
  phoneRef,
  name: ownName,
  empty,
  children,
}: {
  customerId: string;
  field: PiiField;
  label: string;
  masked: string | null;
  /** One of the customer's other phones (customer 360's contact list); absent: the main phone. */
  phoneRef?: string;
  /** What the reveal buttons call the field, when not its usual name (e.g. "phone 021****1234"). */
  name?: string;
  /** Shown instead of "not on file" when there is no value (e.g. an add button). */
  empty?: ReactNode;
  /** Controls after the value (edit, remove…). */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  const name = ownName ?? t(`customer360.fieldNames.${field}`);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reasonOk(reason) || busy) return;
    setBusy(true);
    setError(null);
    const reply = await api.revealCustomerField({ customerId, field, reason: reason.trim(), ...(phoneRef ? { phoneRef } : {}) });
    setBusy(false);
    if (!reply.ok) {
      setError(reply.error);
      return;
    }
    setRevealed({ value: reply.value.value, reason: reason.trim(), at: Date.now() });
    setAsking(false);
    setReason('');
  }

  if (masked === null) {
    return (
      <>
        <dt>{label}</dt>
        <dd className="pii-field">
          <span className="muted">{t('customer360.none')}</span>
          {empty}
        </dd>
      </>
    );
  }
  const time = revealed ? formatTime(revealed.at) : '';
  return (
    <>
      <dt>{label}</dt>
      <dd className="pii-field">
        <span className={revealed ? 'pii-revealed' : 'pii-masked'}>
          {revealed ? (revealed.value ?? t('customer360.reveal.empty')) : masked}
        </span>
        {!revealed && !asking && (
          <button type="button" className="link" onClick={() => setAsking(true)}>
            {t('customer360.reveal.show', { field: name })}
          </button>
        )}
        {!asking && children}
        {asking && (
          <form
            className="reveal-form"
            aria-label={t('customer360.reveal.form', { field: name })}
            onSubmit={(e) => void submit(e)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                setAsking(false);
                setError(null);
              }
            }}
          >
            <label htmlFor={`${id}-reason`}>{t('customer360.reveal.reason')}</label>
            <LimitedInput
              id={`${id}-reason`}
              value={reason}
              maxLength={200}
              autoFocus
              aria-invalid={reason !== '' && !reasonOk(reason) ? true : undefined}
              aria-describedby={reason !== '' && !reasonOk(reason) ? `${id}-hint` : undefined}
              onValue={setReason}
            />
            {reason !== '' && !reasonOk(reason) && (
              <span id={`${id}-hint`} className="field-error">
                {t('customer360.reveal.tooShort')}
              </span>
            )}
            <div className="row">
              <button type="submit" className="small" disabled={!reasonOk(reason) || busy}>
                {busy ? t('customer360.reveal.working') : t('customer360.reveal.confirm')}
              </button>
              <button
                type="button"
                className="small secondary"
                onClick={() => {
                  setAsking(false);
                  setError(null);
                }}
              >
                {t('customer360.reveal.cancel')}
              </button>
            </div>
          </form>
        )}
        {error && (
          <p role="alert" className="error-banner">
            {error.code === 'forbidden' ? t('customer360.reveal.forbidden', { field: name }) : t(`errors.${error.code}`)}
          </p>
        )}
        {revealed && (
          <p role="status" className="reveal-audit muted">
            {t('customer360.reveal.done', { time, reason: revealed.reason })}
          </p>
        )}
      </dd>
    </>
  );
}
