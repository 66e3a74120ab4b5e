import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/result';
import type { LiveApproval } from '../../../shared/schemas/liveApprovals';
import { useApi } from '../../apiContext';
import { formatDurationWords } from '../../../shared/domain/durationWords';

/** A local read of the store, which the server's notice has already updated: requests appear within a second of arriving. */
const POLL_MS = 500;

/** The lead's list of approvals asked during calls still going on (issue 17), each decided with a reason. */
export function LiveApprovalsPanel({ now }: { now: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const [pending, setPending] = useState<LiveApproval[] | null>(null);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [decided, setDecided] = useState<string | null>(null);
  const [clock, setClock] = useState(now);

  const load = useCallback(async () => {
    const reply = await api.listPendingApprovals();
    if (reply.ok) {
      setPending(reply.value);
      setError(null);
    } else setError(reply.error);
    setClock(Date.now());
  }, [api]);
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), POLL_MS);
    return () => clearInterval(timer);
  }, [load]);

  if (error?.code === 'forbidden') return null;
  return (
    <section className="panel live-approvals" aria-labelledby="live-approvals-title">
      <h3 id="live-approvals-title">
        {t('liveApprovals.title')}
        {pending && pending.length > 0 ? ` (${pending.length})` : ''}
      </h3>
      <p className="muted small-note">{t('liveApprovals.note')}</p>
      {error && (
        <p role="alert" className="error-banner">
          {t(`errors.${error.code}`)}
        </p>
      )}
      {decided && (
        <p role="status" className="success-banner">
          {t('liveApprovals.decided', { customer: decided })}
        </p>
      )}
      {pending?.length === 0 && <p className="muted">{t('liveApprovals.empty')}</p>}
      {pending && pending.length > 0 && (
        <ul className="lead-list">
          {pending.map((approval) => (
            <Item
              key={approval.id}
              approval={approval}
              now={Math.max(clock, now)}
              onDecided={(customer) => {
                setDecided(customer);
                void load();
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function Item({ approval, now, onDecided }: { approval: LiveApproval; now: number; onDecided(customer: string): void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [deciding, setDeciding] = useState<'grant' | 'deny' | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [busy, setBusy] = useState(false);
  const customer = approval.customer || t('liveApprovals.unknownCustomer');
  const remedy = approval.remedy ? t(`terms.remedies.${approval.remedy}`, { defaultValue: approval.remedy }) : t('terms.remedies.none');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!deciding) return;
    setBusy(true);
    const reply = await api.decideLiveApproval({ id: approval.id, decision: deciding, reason });
    setBusy(false);
    if (!reply.ok) return setError(reply.error);
    onDecided(customer);
  };
  return (
    <li aria-label={customer}>
      <div>
        <strong>{t('liveApprovals.item', { agent: approval.agentName ?? t('liveApprovals.unknownAgent'), customer, remedy, wait: formatDurationWords(Math.max(0, now - approval.requestedAt) / 1000, i18n.language === 'en' ? 'en' : 'zh-CN') })}</strong>
      </div>
      <div>{approval.summary}</div>
      {deciding === null ? (
        <div className="row">
          <button type="button" className="small" onClick={() => setDeciding('grant')}>
            {t('liveApprovals.grant')}
          </button>
          <button type="button" className="secondary small" onClick={() => setDeciding('deny')}>
            {t('liveApprovals.deny')}
          </button>
        </div>
      ) : (
        <form onSubmit={(e) => void submit(e)}>
          <label>
            {t('liveApprovals.reason')}
            <textarea rows={2} maxLength={500} value={reason} autoFocus onChange={(e) => setReason(e.target.value)} />
          </label>
          {error && (
            <p role="alert" className="error-banner">
              {t(`errors.${error.code}`)}
            </p>
          )}
          <div className="row">
            <button type="submit" className={deciding === 'deny' ? 'danger small' : 'small'} disabled={busy || Array.from(reason.trim()).length < 2}>
              {deciding === 'grant' ? t('liveApprovals.confirmGrant') : t('liveApprovals.confirmDeny')}
            </button>
            <button type="button" className="secondary small" onClick={() => setDeciding(null)}>
              {t('liveApprovals.cancel')}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
