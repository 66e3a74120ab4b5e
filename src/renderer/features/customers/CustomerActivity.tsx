import { useTranslation } from 'react-i18next';
import type { Customer360 } from '../../../shared/schemas/workspace';
import { useDispositionLabel } from '../../ui/dispositionLabels';
import { formatAt } from '../../ui/formatSpan';
import { minutesAndSeconds } from '../../ui/formatDuration';
import { ListSection } from '../../ui/ListSection';
import { daysUntil } from './careDate';

/** Everything the customer has had with us: cases (each opens), calls, satisfaction, follow-ups to do and the next care date. */
export function CustomerActivity({ view, onOpenCase }: { view: Customer360; onOpenCase(caseId: string): void }) {
  const { t, i18n } = useTranslation();
  const at = (ms: number) => formatAt(ms, i18n.language);
  const dispositionOf = useDispositionLabel();
  const numberOf = new Map(view.cases.map((c) => [c.id, c.number]));
  const caseRef = (caseId: string) => t('customer360.calls.onCase', { number: numberOf.get(caseId) ?? '—' });
  const now = Date.now();
  return (
    <>
      <ListSection id="c360-cases-title" className="c360-section" listClassName="c360-list" title={t('customer360.cases.title', { count: view.cases.length })} items={view.cases} empty={<p className="muted">{t('customer360.cases.none')}</p>}>
        {(c) => (
          <li key={c.id}>
            <button type="button" className="link" aria-label={t('customer360.cases.open', { number: c.number, subject: c.subject })} onClick={() => onOpenCase(c.id)}>
              {c.number} · {c.subject}
            </button>
            <span className="muted"> {t('customer360.cases.line', { status: t(`statuses.${c.status}`), time: at(c.updatedAt) })}</span>
          </li>
        )}
      </ListSection>
      <ListSection id="c360-calls-title" className="c360-section" listClassName="c360-list" title={t('customer360.calls.title')} items={view.calls} empty={<p className="muted">{t('customer360.calls.none')}</p>}>
        {(call) => (
          <li key={call.id}>
            <time className="muted">{at(call.startedAt)}</time> {t('customer360.calls.line', { channel: t(`channels.${call.channel}`, { defaultValue: call.channel }), talk: minutesAndSeconds(call.talkSeconds) })} · {caseRef(call.caseId)}
            {call.disposition && <span className="muted"> · {dispositionOf(call.disposition)}</span>}
          </li>
        )}
      </ListSection>
      <section className="c360-section" aria-labelledby="c360-satisfaction-title">
        <h3 id="c360-satisfaction-title">{t('customer360.satisfaction.title')}</h3>
        {view.satisfaction.average === null ? (
          <p className="muted">{t('customer360.satisfaction.none')}</p>
        ) : (
          <>
            <p className="c360-average">{t('customer360.satisfaction.average', { average: view.satisfaction.average.toFixed(1), count: view.satisfaction.count })}</p>
            <ul className="c360-list" aria-labelledby="c360-satisfaction-title">
              {view.satisfaction.recent.map((s, i) => (
                <li key={`${s.caseId}-${s.at}-${i}`}>
                  <strong>{t('customer360.satisfaction.score', { score: s.score })}</strong> · {s.comment || t('customer360.satisfaction.noComment')}{' '}
                  <span className="muted">
                    · {at(s.at)} · {caseRef(s.caseId)}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <ListSection id="c360-followups-title" className="c360-section" listClassName="c360-list" title={t('customer360.followUps.title')} items={view.upcomingFollowUps} empty={<p className="muted">{t('customer360.followUps.none')}</p>}>
        {(f) => (
          <li key={f.id} className={f.overdue ? 'overdue' : undefined}>
            {t(`terms.followUpKinds.${f.kind}`)} · {t('customer360.followUps.due', { time: at(f.dueAt) })}
            {f.overdue && <strong> · {t('customer360.followUps.overdue')}</strong>} <span className="muted">· {f.caseNumber}</span>
            {f.note && <span className="muted"> · {f.note}</span>}
          </li>
        )}
      </ListSection>
      <section className="c360-section" aria-labelledby="c360-care-title">
        <h3 id="c360-care-title">{t('customer360.care.title')}</h3>
        {view.nextBirthday === null ? (
          <p className="muted">{t('customer360.care.noBirthday')}</p>
        ) : daysUntil(view.nextBirthday, now) <= 0 ? (
          <p>{t('customer360.care.birthdayToday', { date: view.nextBirthday })}</p>
        ) : (
          <p>{t('customer360.care.nextBirthday', { date: view.nextBirthday, count: daysUntil(view.nextBirthday, now) })}</p>
        )}
      </section>
    </>
  );
}
