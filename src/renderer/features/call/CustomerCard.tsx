import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary, Channel } from '../../../shared/schemas/case';
import type { CallDraft } from '../../../shared/schemas/callDraft';
import type { MaskedCustomer } from '../../../shared/schemas/caseDetail';
import { useApi } from '../../apiContext';
import { formatDate } from '../../ui/formatSpan';

/**
 * Who is calling: masked contact data, tags and their earlier cases (newest first). Account details
 * only when `disclosed` (the caller's identity was checked). Re-renders only when the caller changes.
 */
export const CustomerCard = memo(function CustomerCard({ caller, disclosed, channel = 'phone' }: { caller: CallDraft['caller']; disclosed: boolean; channel?: Channel }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const customerId = caller?.mode === 'linked' ? caller.customerId : null;
  const [customer, setCustomer] = useState<MaskedCustomer | null>(null);
  const [history, setHistory] = useState<CaseSummary[]>([]);
  useEffect(() => {
    let live = true;
    setCustomer(null);
    setHistory([]);
    if (customerId) {
      void api.getCustomer({ customerId }).then((r) => live && r.ok && setCustomer(r.value));
      void api.listCases({ customerId, limit: 5 }).then((r) => live && r.ok && setHistory(r.value.rows));
    }
    return () => {
      live = false;
    };
  }, [api, customerId]);
  return (
    <section className="panel customer-card" aria-labelledby="customer-title">
      <h3 id="customer-title">{t('call.customer.title')}</h3>
      {caller?.mode === 'anonymous' && <p>{t(`channelFlow.wording.anonymousName.${channel}`)}</p>}
      {caller?.mode === 'new' && <p>{caller.name || '—'}</p>}
      {!caller && <p className="muted">{t('call.customer.none')}</p>}
      {customerId && !disclosed && <p className="warning-banner">{t('callFlow.verify.hidden')}</p>}
      {customer && disclosed && (
        <dl>
          <dt>{t('call.greet.name')}</dt>
          <dd>{customer.name}</dd>
          <dt>{t('call.greet.phone')}</dt>
          <dd>{customer.phonesMasked.join(' / ') || customer.phoneMasked}</dd>
          {customer.tags.length > 0 && (
            <>
              <dt>#</dt>
              <dd>{customer.tags.join(' · ')}</dd>
            </>
          )}
        </dl>
      )}
      {customerId && disclosed && (
        <>
          <h4>{t('call.customer.history')}</h4>
          {history.length === 0 ? (
            <p className="muted">{t('call.customer.noHistory')}</p>
          ) : (
            <ul className="history">
              {history.map((c) => (
                <li key={c.id}>
                  <span>{c.subject}</span> <span className="muted">· {t(`statuses.${c.status}`)} · {formatDate(c.updatedAt, i18n.language)}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
});
