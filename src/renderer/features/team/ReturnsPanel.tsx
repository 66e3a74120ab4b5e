import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../shared/schemas/caseDetail';
import type { TeamReturn } from '../../../shared/schemas/returnReports';
import { formatNear, formatSpan } from '../../ui/formatSpan';
import { ReturnActForm } from '../../ui/returns/ReturnActForm';

/** One open return: the step it waits for, its due time or how late it is, and the form for that step when opened. */
function ReturnItem({ item, now, onRecorded }: { item: TeamReturn; now: number; onRecorded(item: TeamReturn, detail: CaseDetail): void }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const step = t(`caseDetail.returnSteps.${item.waitingFor}`);
  return (
    <li aria-label={item.number} className={item.overdue ? 'return-overdue' : undefined}>
      <div className="title">
        {item.number} · {t(`terms.returnKinds.${item.kind}`)} · {item.subject}
      </div>
      <div className="muted">
        {t('teamReturns.waiting', { step })} ·{' '}
        {item.dueAt === null ? (
          t('teamReturns.noDeadline')
        ) : item.overdue ? (
          <span className="overdue">{t('teamReturns.overdueBy', { time: formatSpan(t, item.lateMs) })}</span>
        ) : (
          t('teamReturns.due', { time: formatNear(item.dueAt, now, i18n.language) })
        )}
      </div>
      <div className="muted">
        {item.customerName} · {t('teamReturns.requested', { time: formatNear(item.requestedAt, now, i18n.language), agent: item.assigneeName ?? '—' })}
      </div>
      <button type="button" className="secondary small" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? t('teamReturns.hide') : t('teamReturns.record')}
      </button>
      {open && (
        <ReturnActForm
          item={item}
          onDone={(detail) => {
            // Recorded: the form closes (the banner above says what was recorded); the next step, often days later, is opened anew.
            setOpen(false);
            onRecorded(item, detail);
          }}
        />
      )}
    </li>
  );
}

/**
 * Issue 17: the team's open returns for the lead, overdue ones first with how late they are; the
 * lead records the next step right here (the same act the case detail records).
 */
export function ReturnsPanel({ returns, now, onRecorded }: { returns: readonly TeamReturn[]; now: number; onRecorded(item: TeamReturn, detail: CaseDetail): void }) {
  const { t } = useTranslation();
  const overdue = returns.filter((r) => r.overdue).length;
  return (
    <section className="panel span-2" aria-labelledby="team-returns">
      <h3 id="team-returns">{t('teamReturns.title')}</h3>
      {returns.length === 0 ? (
        <p className="muted">{t('teamReturns.empty')}</p>
      ) : (
        <>
          <p className="muted">{t('teamReturns.summary', { open: returns.length, overdue })}</p>
          <ul className="lead-list">
            {returns.map((item) => (
              <ReturnItem key={item.id} item={item} now={now} onRecorded={onRecorded} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
