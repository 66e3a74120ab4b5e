import { useTranslation } from 'react-i18next';
import type { MajorComplaintAlert, MissedFollowUp } from '../../../shared/schemas/reports';
import { formatNear } from '../../ui/formatSpan';

/** Issue 17: the banner that tells the lead at once that major complaints were escalated to them (open feedback promises). */
export function MajorComplaintBanner({ alerts }: { alerts: readonly MajorComplaintAlert[] }) {
  const { t } = useTranslation();
  const waiting = alerts.filter((a) => a.feedbackState !== 'done').length;
  if (waiting === 0) return null;
  return (
    <p role="alert" className="error-banner major-complaint-banner">
      {t('promises.majorBanner', { count: waiting })}
    </p>
  );
}

/** Issue 17: major complaints escalated to the lead, with their feedback promise. */
export function MajorComplaintsPanel({ alerts, now }: { alerts: readonly MajorComplaintAlert[]; now: number }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="panel span-2" aria-labelledby="team-major">
      <h3 id="team-major">{t('promises.majorTitle')}</h3>
      {alerts.length === 0 ? (
        <p className="muted">{t('promises.majorEmpty')}</p>
      ) : (
        <ul className="lead-list">
          {alerts.map((a) => (
            <li key={a.caseId} aria-label={a.number}>
              <div className="title">
                {a.number} · {a.subject}
              </div>
              <div className="muted">
                {t('promises.majorLine', { customer: a.customerName, agent: a.assigneeName ?? '—', time: formatNear(a.escalatedAt, now, i18n.language) })} ·{' '}
                {a.feedbackState === 'done' ? (
                  t('promises.feedbackDone')
                ) : a.feedbackState === 'missed' || a.feedbackDueAt < now ? (
                  <span className="overdue">{t('promises.feedbackMissed')}</span>
                ) : (
                  t('promises.feedbackDue', { time: formatNear(a.feedbackDueAt, now, i18n.language) })
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Issue 17: the team's follow-ups whose time passed without the promised contact. */
export function MissedFollowUpsPanel({ missed, now }: { missed: readonly MissedFollowUp[]; now: number }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="panel span-2" aria-labelledby="team-missed">
      <h3 id="team-missed">{t('promises.missedTitle')}</h3>
      {missed.length === 0 ? (
        <p className="muted">{t('promises.missedEmpty')}</p>
      ) : (
        <ul className="lead-list">
          {missed.map((m) => (
            <li key={m.followUpId} aria-label={m.number}>
              <div className="title">
                {m.number} · {m.subject} · {m.customerName}
              </div>
              <div className="muted">
                <span className="overdue">{m.promise ? t(`promises.kinds.${m.promise}`) : t(`terms.followUpKinds.${m.kind}`, { defaultValue: m.kind })}</span>
                {' · '}
                {t('promises.missedLine', { time: formatNear(m.dueAt, now, i18n.language), agent: m.agentName ?? '—' })}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
