import { useTranslation } from 'react-i18next';
import { pendingStep } from '../../../shared/domain/returnFlow';
import type { CaseDetail, CaseReturn } from '../../../shared/schemas/caseDetail';
import { formatAt } from '../formatSpan';
import { ReturnActForm } from './ReturnActForm';
import './returns.css';

/**
 * A return's steps as they happened — each with the deadline it had, late ones marked — the step
 * it waits for with its due time, and (when `onDone` is given) the form for that next step.
 */
export function ReturnProgress({ item, now, onDone }: { item: CaseReturn; now: number; onDone?(detail: CaseDetail): void }) {
  const { t, i18n } = useTranslation();
  const at = (ms: number) => formatAt(ms, i18n.language);
  const pending = pendingStep(item, item.steps, now);
  return (
    <div className="return-progress">
      <span className={`return-state ${item.state}`}>{t(`returnFlow.states.${item.state}`)}</span>
      {item.trackingNumber && <> · {t('returnFlow.tracking', { number: item.trackingNumber })}</>}
      {item.resolution && <> · {t('returnFlow.resolved', { resolution: t(`returnFlow.resolutions.${item.resolution}`) })}</>}
      <ol className="return-steps">
        {item.steps.map((s, i) => (
          <li key={`${s.step}-${i}`} className={s.breached ? 'breached' : undefined}>
            {t(`caseDetail.returnSteps.${s.step}`)} · {t('caseDetail.linked.stepAt', { time: at(s.at) })}
            {s.deadline != null && <> · {t('returnFlow.stepDeadline', { time: at(s.deadline) })}</>}
            {s.breached && <strong className="breach-mark"> · {t('returnFlow.breached')}</strong>}
            {s.note && <span className="muted"> · {s.step === 'processed' ? t(`returnFlow.resolutions.${s.note}`, { defaultValue: s.note }) : s.note}</span>}
          </li>
        ))}
        {pending && (
          <li className={pending.overdue ? 'pending overdue' : 'pending'}>
            {pending.dueAt !== null
              ? t('returnFlow.waiting', { step: t(`caseDetail.returnSteps.${pending.step}`), time: at(pending.dueAt) })
              : t('returnFlow.nextStep', { step: t(`caseDetail.returnSteps.${pending.step}`) })}
            {pending.overdue && <strong className="breach-mark"> · {t('returnFlow.overdue')}</strong>}
          </li>
        )}
      </ol>
      {onDone && <ReturnActForm item={item} onDone={onDone} />}
    </div>
  );
}
