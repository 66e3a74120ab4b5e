import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../shared/schemas/caseDetail';
import { useDispositionLabel } from '../../ui/dispositionLabels';
import { useNow } from '../../ui/useNow';
import { formatAt } from '../../ui/formatSpan';
import { minutesAndSeconds } from '../../ui/formatDuration';
import { ListSection } from '../../ui/ListSection';
import { ReturnProgress } from '../../ui/returns/ReturnProgress';
import { VisitBookings } from './VisitBookings';

/** What hangs off the case: its calls, follow-ups, surveys and returns (each step with its due time). */
export function LinkedItems({ detail, onChanged }: { detail: CaseDetail; onChanged?(next: CaseDetail): void }) {
  const { t, i18n } = useTranslation();
  const now = useNow(60_000);
  const dispositionOf = useDispositionLabel();
  const at = (ms: number) => formatAt(ms, i18n.language);
  const none = <p className="muted">{t('caseDetail.linked.none')}</p>;
  return (
    <div className="case-linked">
      <ListSection id="case-calls-title" className="case-section" listClassName="linked-list" title={t('caseDetail.linked.calls')} items={detail.calls} empty={none}>
        {(call) => (
          <li key={call.id}>
            <time className="muted">{at(call.startedAt)}</time>{' '}
            {t('caseDetail.linked.call', {
              channel: t(`channels.${call.channel}`),
              agent: call.agentName ?? t('caseDetail.linked.unknownAgent'),
              talk: minutesAndSeconds(call.talkSeconds),
              acw: minutesAndSeconds(call.acwSeconds),
            })}
            {call.disposition && <> · {t('caseDetail.linked.disposition', { disposition: dispositionOf(call.disposition) })}</>}
            {call.verification && (
              <span className={call.verification === 'notVerified' ? 'muted' : undefined}>
                {' '}
                · {t('callFlow.history.verification', { method: t(`callFlow.verify.methods.${call.verification}`) })}
              </span>
            )}
          </li>
        )}
      </ListSection>
      <ListSection id="case-followups-title" className="case-section" listClassName="linked-list" title={t('caseDetail.linked.followUps')} items={detail.followUps} empty={none}>
        {(f) => {
          const overdue = f.state === 'due' && f.dueAt < now;
          return (
            <li key={f.id} className={overdue ? 'overdue' : undefined}>
              {t(`terms.followUpKinds.${f.kind}`)} · {t(`caseDetail.followUpStates.${f.state}`)} ·{' '}
              {f.doneAt !== null ? t('caseDetail.linked.followUpDone', { time: at(f.doneAt) }) : t('caseDetail.linked.followUpDue', { time: at(f.dueAt) })}
              {overdue && <strong> · {t('caseDetail.linked.overdue')}</strong>}
              {f.note && <span className="muted"> · {f.note}</span>}
            </li>
          );
        }}
      </ListSection>
      <ListSection id="case-surveys-title" className="case-section" listClassName="linked-list" title={t('caseDetail.linked.surveys')} items={detail.surveys} empty={none}>
        {(s) => (
          <li key={s.id}>
            <time className="muted">{at(s.at)}</time> <strong>{t('caseDetail.linked.score', { score: s.score })}</strong> · {s.comment || t('caseDetail.linked.noComment')}
          </li>
        )}
      </ListSection>
      <ListSection id="case-returns-title" className="case-section" listClassName="linked-list" title={t('caseDetail.linked.returns')} items={detail.returns} empty={none}>
        {(r) => (
          <li key={r.id}>
            <strong>{t('caseDetail.linked.returnTitle', { kind: t(`terms.returnKinds.${r.kind}`), reason: t(`terms.returnReasons.${r.reason}`) })}</strong> ·{' '}
            {t('caseDetail.linked.returnNow', { step: t(`caseDetail.returnSteps.${r.step}`) })}
            {r.costBearer && <> · {t(`returns.costBearer.${r.costBearer}`)}</>}
            {r.method && <> · {t('caseDetail.linked.returnMethod', { method: r.method })}</>}
            {r.addressMasked && <> · {t('caseDetail.linked.returnAddress', { address: r.addressMasked })}</>}
            <ReturnProgress item={r} now={now} onDone={onChanged} />
          </li>
        )}
      </ListSection>
      <VisitBookings visits={detail.visits ?? []} />
    </div>
  );
}
