import { useTranslation } from 'react-i18next';
import { slaClock } from '../../../shared/domain/sla';
import type { CaseDetail } from '../../../shared/schemas/caseDetail';
import { useNow } from '../../ui/useNow';
import { formatAt, formatSpan } from '../../ui/formatSpan';

/**
 * The case's two service-level clocks: first response (met at the first response) and resolution
 * (met when resolved), each with its due time and the time left or overdue. Ticks on its own, so
 * the rest of the case view does not re-render every half minute.
 */
export function CaseSlaClocks({ detail }: { detail: CaseDetail }) {
  const { t, i18n } = useTranslation();
  const now = useNow(30_000);
  const clocks = [
    { key: 'response', dueAt: detail.responseDueAt, metAt: detail.firstResponseAt },
    { key: 'resolution', dueAt: detail.resolutionDueAt, metAt: detail.resolvedAt },
  ] as const;
  return (
    <ul className="case-sla" aria-label={t('caseDetail.sla.label')}>
      {clocks.map(({ key, dueAt, metAt }) => {
        if (dueAt === null) {
          return (
            <li key={key} className="sla">
              {t(`caseDetail.sla.${key}`)} · {t('caseDetail.sla.none')}
            </li>
          );
        }
        const clock = slaClock({ startedAt: detail.createdAt, dueAt, now, metAt });
        const state =
          clock.state === 'met' || clock.state === 'metLate'
            ? t(`caseDetail.sla.${clock.state}`)
            : clock.state === 'breached'
              ? t('caseDetail.sla.breached', { time: formatSpan(t, clock.remainingMs) })
              : t('caseDetail.sla.left', { time: formatSpan(t, clock.remainingMs) });
        return (
          <li key={key} className={`sla sla-${clock.state}`}>
            <strong>{t(`caseDetail.sla.${key}`)}</strong> · {state} · <span>{t('caseDetail.sla.due', { time: formatAt(dueAt, i18n.language) })}</span>
          </li>
        );
      })}
    </ul>
  );
}
