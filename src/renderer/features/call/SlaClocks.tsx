import { useTranslation } from 'react-i18next';
import { defaultCalendar } from '../../../shared/domain/businessCalendar';
import { defaultSlaTargets, dueTimes, slaClock } from '../../../shared/domain/sla';
import type { CallDraft } from '../../../shared/schemas/callDraft';
import { formatDuration } from '../../ui/formatDuration';

/**
 * The service-level clocks of the call's case: first response (met when a call is answered) and
 * resolution, ticking with `now`; amber before a breach, red after it.
 */
export function SlaClocks({ draft, now }: { draft: CallDraft; now: number }) {
  const { t } = useTranslation();
  const due = dueTimes({ channel: draft.channel, priority: draft.priority, scenario: draft.scenario, severity: draft.severity, createdAt: draft.startedAt }, defaultSlaTargets, defaultCalendar);
  const clocks = [
    { key: 'response', dueAt: due.responseDueAt, metAt: draft.channel === 'phone' || draft.channel === 'walkIn' ? draft.startedAt : null },
    { key: 'resolution', dueAt: due.resolutionDueAt, metAt: null },
  ] as const;
  return (
    <div className="sla-clocks">
      {clocks.map(({ key, dueAt, metAt }) => {
        if (dueAt === null) return null;
        const clock = slaClock({ startedAt: draft.startedAt, dueAt, now, metAt });
        const text =
          clock.state === 'met' || clock.state === 'metLate'
            ? t('call.sla.met')
            : clock.state === 'breached'
              ? t('call.sla.overdue', { time: formatDuration(-clock.remainingMs) })
              : t('call.sla.left', { time: formatDuration(clock.remainingMs) });
        return (
          <span key={key} className={`sla sla-${clock.state}`} role="timer" title={new Date(dueAt).toLocaleString()}>
            {t(`call.sla.${key}`)} · {text}
          </span>
        );
      })}
    </div>
  );
}
