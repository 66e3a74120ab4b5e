import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { salutations, type Salutation } from '../../../shared/schemas/callDraft';
import type { AppErrorValue } from '../../../shared/result';
import { useApi } from '../../apiContext';

const known = (value: string | null): Salutation | null => (salutations as readonly string[]).includes(value ?? '') ? (value as Salutation) : null;

/** How the customer is addressed (先生 / 女士 / none), shown and editable in place; the call scripts use it. */
export function SalutationField({ customerId, value: stored }: { customerId: string; value: string | null }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [value, setValue] = useState(stored);
  const [editing, setEditing] = useState(false);
  const [chosen, setChosen] = useState<Salutation | null>(known(value));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [saved, setSaved] = useState(false);
  const label = (s: Salutation | null) => (s ? t(`call.greet.salutations.${s}`) : t('callFlow.salutation.none'));

  async function save() {
    setBusy(true);
    setError(null);
    const reply = await api.setCustomerSalutation({ customerId, salutation: chosen });
    setBusy(false);
    if (!reply.ok) return setError(reply.error);
    setValue(reply.value.salutation);
    setEditing(false);
    setSaved(true);
  }

  return (
    <>
      <dt id={`${id}-label`}>{t('customer360.fields.salutation')}</dt>
      <dd>
        {editing ? (
          <span className="row">
            <select aria-labelledby={`${id}-label`} value={chosen ?? ''} onChange={(e) => setChosen(known(e.target.value))}>
              <option value="">{label(null)}</option>
              {salutations.map((s) => (
                <option key={s} value={s}>
                  {label(s)}
                </option>
              ))}
            </select>
            <button type="button" disabled={busy} onClick={() => void save()}>
              {t('callFlow.salutation.save')}
            </button>
            <button type="button" className="secondary" onClick={() => setEditing(false)}>
              {t('callFlow.cancel')}
            </button>
          </span>
        ) : (
          <>
            {value ? t(`call.greet.salutations.${value}`, { defaultValue: value }) : <span className="muted">{label(null)}</span>}{' '}
            <button type="button" className="link" onClick={() => (setEditing(true), setSaved(false), setChosen(known(value)))}>
              {t('callFlow.salutation.edit')}
            </button>
          </>
        )}
        {saved && !editing && (
          <span role="status" className="muted">
            {' '}
            {t('callFlow.salutation.saved')}
          </span>
        )}
        {error && (
          <span role="alert" className="error-banner">
            {t(`errors.${error.code}`)}
          </span>
        )}
      </dd>
    </>
  );
}
