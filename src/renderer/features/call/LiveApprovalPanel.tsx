import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/result';
import type { CallDraft } from '../../../shared/schemas/callDraft';
import type { LiveApproval } from '../../../shared/schemas/liveApprovals';
import type { SyncPhase } from '../../../shared/schemas/sync';
import { useApi } from '../../apiContext';
import { formatDuration } from '../../ui/formatDuration';
import { formatAt, formatNear } from '../../ui/formatSpan';

type Update = (change: (draft: CallDraft) => CallDraft) => void;

/** How often the call screen re-reads its request while it waits: a local read; the server's notice already brought the decision into the store. */
const POLL_MS = 500;

/**
 * Approval while the customer waits (issue 17): the agent asks a lead during the call; the
 * decision shows here as soon as it reaches this desktop — live from the lead's desktop, or given
 * by the lead at this desk with their own number and password.
 */
export function LiveApprovalPanel({ draft, update, now }: { draft: CallDraft; update: Update; now: number }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [requests, setRequests] = useState<LiveApproval[] | null>(null);
  const [phase, setPhase] = useState<SyncPhase | null>(null);
  const [error, setError] = useState<AppErrorValue | 'summaryMissing' | null>(null);
  const [busy, setBusy] = useState(false);
  const [shoulder, setShoulder] = useState(false);

  const load = useCallback(async () => {
    const [reply, status] = await Promise.all([api.listCallApprovals({ callId: draft.id }), api.getSyncStatus()]);
    if (reply.ok) setRequests(reply.value);
    if (status.ok) setPhase(status.value.phase);
  }, [api, draft.id]);

  const latest = requests?.[0] ?? null;
  const waiting = latest?.state === 'pending';
  useEffect(() => {
    void load();
    if (requests !== null && !waiting) return;
    const timer = setInterval(() => void load(), POLL_MS);
    return () => clearInterval(timer);
  }, [load, waiting, requests !== null]);

  const summary = draft.solve.solution.trim();
  const ask = async () => {
    if (Array.from(summary).length < 2) {
      setError('summaryMissing');
      return;
    }
    setBusy(true);
    const customer = draft.caller?.mode === 'linked' || draft.caller?.mode === 'new' ? draft.caller.name : '';
    const reply = await api.requestLiveApproval({ callId: draft.id, caseId: draft.caseId, customer, remedy: draft.solve.remedy, summary });
    setBusy(false);
    if (!reply.ok) return setError(reply.error);
    setError(null);
    setRequests((list) => [reply.value, ...(list ?? [])]);
    update((d) => ({ ...d, solve: { ...d.solve, approvalRequestedAt: reply.value.requestedAt } }));
  };

  const offline = phase === 'offline' || phase === 'error' || phase === 'standalone' || phase === 'signedOut';
  return (
    <section className="live-approval" aria-label={t('liveApproval.title')}>
      {!latest || latest.state === 'denied' ? (
        <button type="button" className="secondary" disabled={busy} onClick={() => void ask()}>
          {busy ? t('liveApproval.asking') : t('liveApproval.ask')}
        </button>
      ) : null}
      {error && (
        <p role="alert" className="error-banner">
          {error === 'summaryMissing' ? t('liveApproval.summaryMissing') : `${t('liveApproval.failed')} ${t(`errors.${error.code}`, { defaultValue: error.message })}`}
        </p>
      )}
      {latest && <Decision approval={latest} now={now} locale={i18n.language} />}
      {!latest && requests !== null && draft.solve.approvalRequestedAt !== null && (
        <p className="linked">{t('call.solve.approvalRequested', { time: formatNear(draft.solve.approvalRequestedAt, now, i18n.language) })}</p>
      )}
      {waiting && offline && <p className="muted small-note">{t('liveApproval.pendingOffline')}</p>}
      {waiting && !shoulder && (
        <button type="button" className="secondary small" onClick={() => setShoulder(true)}>
          {t('liveApproval.shoulder')}
        </button>
      )}
      {waiting && shoulder && latest && (
        <ShoulderForm
          id={latest.id}
          onCancel={() => setShoulder(false)}
          onDecided={(decided) => {
            setShoulder(false);
            setRequests((list) => (list ?? []).map((r) => (r.id === decided.id ? decided : r)));
          }}
        />
      )}
    </section>
  );
}

function Decision({ approval, now, locale }: { approval: LiveApproval; now: number; locale: string }) {
  const { t } = useTranslation();
  if (approval.state === 'pending') {
    return (
      <p role="status" className="warning-banner">
        {t('liveApproval.pending', { wait: formatDuration(now - approval.requestedAt) })}
      </p>
    );
  }
  const who = approval.deciderName ?? t('liveApproval.title');
  const time = formatAt(approval.decidedAt ?? now, locale);
  return (
    <div role="status" className={approval.state === 'granted' ? 'success-banner' : 'error-banner'}>
      <strong>{t(approval.state === 'granted' ? 'liveApproval.granted' : 'liveApproval.denied', { who, time, reason: approval.reason })}</strong>
      <div className="small-note">
        {t(approval.decidedVia === 'shoulder' ? 'liveApproval.viaShoulder' : 'liveApproval.viaLive')} · {t('liveApproval.tellCustomer')}
      </div>
    </div>
  );
}

function ShoulderForm({ id, onCancel, onDecided }: { id: string; onCancel(): void; onDecided(decided: LiveApproval): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [number, setNumber] = useState('');
  const [password, setPassword] = useState('');
  const [decision, setDecision] = useState<'grant' | 'deny'>('grant');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const reply = await api.decideApprovalOverShoulder({ id, decision, reason, number, password });
    setBusy(false);
    setPassword('');
    if (!reply.ok) return setError(reply.error);
    onDecided(reply.value);
  };
  const notALead = error?.issues?.some((i) => i.key === 'notALead');
  return (
    <form className="stage-form shoulder-form" aria-label={t('liveApproval.shoulderTitle')} onSubmit={(e) => void submit(e)}>
      <h4>{t('liveApproval.shoulderTitle')}</h4>
      <p className="muted small-note">{t('liveApproval.shoulderNote')}</p>
      <div className="grid-2">
        <label>
          {t('liveApproval.number')}
          <input value={number} maxLength={32} autoComplete="off" onChange={(e) => setNumber(e.target.value)} />
        </label>
        <label>
          {t('liveApproval.password')}
          <input type="password" value={password} maxLength={200} autoComplete="off" onChange={(e) => setPassword(e.target.value)} />
        </label>
      </div>
      <fieldset className="row">
        <legend>{t('liveApproval.decision')}</legend>
        {(['grant', 'deny'] as const).map((d) => (
          <label key={d}>
            <input type="radio" name={`decision-${id}`} checked={decision === d} onChange={() => setDecision(d)} /> {t(`liveApproval.${d}`)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('liveApproval.reason')}
        <textarea rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      {error && (
        <p role="alert" className="error-banner">
          {notALead ? t('liveApproval.notALead') : error.code === 'validation' ? t('validation.required') : t(`errors.${error.code}`, { defaultValue: error.message })}
        </p>
      )}
      <div className="row">
        <button type="submit" disabled={busy || number.trim() === '' || password === '' || Array.from(reason.trim()).length < 2}>
          {t('liveApproval.confirm')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('liveApproval.cancel')}
        </button>
      </div>
    </form>
  );
}
