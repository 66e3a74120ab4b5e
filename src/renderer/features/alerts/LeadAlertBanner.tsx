import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/result';
import type { LeadAlert } from '../../../shared/schemas/leadAlerts';
import { useApi } from '../../apiContext';
import { formatNear, formatSpan } from '../../ui/formatSpan';
import { useNow } from '../../ui/useNow';
import './leadAlerts.css';

/**
 * How often the banner reads the local store besides after each sync: on a standalone desktop the
 * agent's save is in this very store; on a synced one the read after the pull (which the server's
 * notice starts at once) is what shows the alert.
 */
const POLL_MS = 1_000;

/**
 * On every screen of a lead (or admin): the newest major complaint not yet acknowledged, naming
 * the case, the customer and the 30-minute feedback clock, with a button to open the case.
 * Opening the case or "got it" acknowledges it (recorded on the case's timeline: who and when).
 */
export function LeadAlertBanner({ onOpenCase, clock = Date.now, pollMs = POLL_MS }: { onOpenCase(caseId: string): void; clock?: () => number; pollMs?: number }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [alerts, setAlerts] = useState<LeadAlert[]>([]);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [busy, setBusy] = useState(false);
  const now = useNow(1_000, clock);

  const load = useCallback(async () => {
    const reply = await api.listLeadAlerts();
    if (reply.ok) setAlerts(reply.value);
  }, [api]);
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), pollMs);
    // A sync that has just pulled (the server's notice of a major complaint starts one at once): read now, not at the next tick.
    const stop = api.onSyncStatus((status) => {
      if (status.phase === 'idle') void load();
    });
    return () => {
      clearInterval(timer);
      stop();
    };
  }, [api, load, pollMs]);

  const alert = alerts[0];
  if (!alert) return null;

  const acknowledge = async (open: boolean) => {
    setBusy(true);
    const reply = await api.acknowledgeLeadAlert({ id: alert.id });
    setBusy(false);
    if (!reply.ok) return setError(reply.error);
    setError(null);
    setAlerts((shown) => shown.filter((a) => a.id !== alert.id));
    if (open) onOpenCase(alert.caseId);
  };
  const due = formatNear(alert.feedbackDueAt, now, i18n.language);
  const left = alert.feedbackDueAt - now;
  const clockText =
    left < 0
      ? t('leadAlerts.overdue', { due, late: formatSpan(t, -left) })
      : alert.feedbackMinutes === 30
        ? t('leadAlerts.clock', { due, left: formatSpan(t, left) })
        : t('leadAlerts.clockCustom', { minutes: alert.feedbackMinutes, due, left: formatSpan(t, left) });

  return (
    <section className="lead-alert" role="alert" aria-label={t('leadAlerts.label')}>
      <div className="lead-alert-text">
        <strong>{t('leadAlerts.heading')}</strong>
        <span>{t('leadAlerts.what', { customer: alert.customerName, number: alert.caseNumber, subject: alert.subject })}</span>
        <span className="muted">{alert.assigneeName ? t('leadAlerts.assignee', { agent: alert.assigneeName }) : t('leadAlerts.noAssignee')}</span>
        <span className={left < 0 ? 'lead-alert-clock late' : 'lead-alert-clock'}>{clockText}</span>
        {alerts.length > 1 && <span className="muted">{t('leadAlerts.more', { count: alerts.length - 1 })}</span>}
        {error && (
          <span className="error-banner" role="status">
            {t('leadAlerts.failed')}
            {t(`errors.${error.code}`)}
          </span>
        )}
      </div>
      <div className="lead-alert-actions">
        <button type="button" className="small" disabled={busy} onClick={() => void acknowledge(true)}>
          {t('leadAlerts.open')}
        </button>
        <button type="button" className="small secondary" disabled={busy} onClick={() => void acknowledge(false)}>
          {t('leadAlerts.acknowledge')}
        </button>
      </div>
    </section>
  );
}
