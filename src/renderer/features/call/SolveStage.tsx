import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/schemas/case';
import { remedies, type CallDraft } from '../../../shared/schemas/callDraft';
import { EscalateDialog } from './EscalateDialog';
import { FaultForm } from './FaultForm';
import { CheckField, SelectField, TextField } from '../../ui/fields';
import { GuardedTextArea } from '../../ui/GuardedTextArea';
import { keepFor } from './guardKeep';
import { DateField } from '../../ui/DateTimeField';
import { ReturnForm } from './ReturnForm';
import { formatDuration } from '../../ui/formatDuration';

type Update = (change: (draft: CallDraft) => CallDraft) => void;

/** Solve: the answer (from the knowledge base or the agent), or an escalation/transfer; scenario forms; approval when beyond authority. */
export function SolveStage(props: { draft: CallDraft; update: Update; now: number; clock: () => number; escalating: boolean; setEscalating(open: boolean): void }) {
  const { t } = useTranslation();
  const { draft, update, now } = props;
  const s = draft.solve;
  const setSolve = (patch: Partial<CallDraft['solve']>) => update((d) => ({ ...d, solve: { ...d.solve, ...patch } }));
  const time = (ms: number) => new Date(ms).toLocaleTimeString();
  return (
    <div className="stage-form">
      {s.mustEscalate && !s.collaboration && <p className="warning-banner">{t('call.solve.mustEscalate')}</p>}
      {s.collaborationDueAt !== null && !s.collaboration && (
        <p className={now > s.collaborationDueAt ? 'error-banner' : 'warning-banner'} role="timer">
          {now > s.collaborationDueAt ? t('call.solve.collaborationLate') : `${t('call.solve.collaborationDue', { time: time(s.collaborationDueAt) })} · ${formatDuration(s.collaborationDueAt - now)}`}
        </p>
      )}
      <GuardedTextArea label={t('call.solve.solution')} rows={5} value={s.solution} maxLength={LIMITS.description} onChange={(solution) => setSolve({ solution })} keep={keepFor(draft, update, 'solve.solution')} />
      <div className="row">
        {s.collaboration ? (
          <p className="linked">
            {t('call.solve.collaboration', { kind: t(`terms.collaborationKinds.${s.collaboration.kind}`), target: s.collaboration.target, minutes: s.collaboration.feedbackMinutes })}{' '}
            <button type="button" className="link" onClick={() => setSolve({ collaboration: null })}>
              {t('call.greet.change')}
            </button>
          </p>
        ) : (
          <button type="button" className="secondary" onClick={() => props.setEscalating(true)}>
            {t('call.solve.escalate')} <kbd>Alt+E</kbd>
          </button>
        )}
      </div>
      {props.escalating && (
        <EscalateDialog
          now={props.clock}
          onCancel={() => props.setEscalating(false)}
          onConfirm={(collaboration) => {
            setSolve({ collaboration });
            props.setEscalating(false);
          }}
        />
      )}
      {(draft.scenario === 'complaint' || draft.scenario === 'returnExchange' || s.remedy !== null) && (
        <SelectField label={t('call.solve.remedy')} value={s.remedy} options={remedies} emptyLabel={t('terms.remedies.none')} labelOf={(r) => t(`terms.remedies.${r}`)} onChange={(remedy) => setSolve({ remedy })} />
      )}
      <CheckField label={t('call.solve.beyondAuthority')} checked={s.beyondAuthority} onChange={(beyondAuthority) => setSolve({ beyondAuthority, approvalRequestedAt: beyondAuthority ? s.approvalRequestedAt : null })} />
      {s.beyondAuthority &&
        (s.approvalRequestedAt === null ? (
          <button type="button" className="secondary" onClick={() => setSolve({ approvalRequestedAt: props.clock() })}>
            {t('call.solve.requestApproval')}
          </button>
        ) : (
          <p className="linked">{t('call.solve.approvalRequested', { time: time(s.approvalRequestedAt) })}</p>
        ))}
      {draft.scenario === 'afterSales' && (
        <fieldset className="grid-2">
          <legend>{t('call.solve.visit')}</legend>
          <TextField label={t('call.solve.engineer')} value={s.visit.engineer} maxLength={LIMITS.name} onChange={(engineer) => setSolve({ visit: { ...s.visit, engineer } })} />
          <DateField label={t('call.solve.visitDate')} value={s.visit.date} onChange={(date) => setSolve({ visit: { ...s.visit, date } })} />
          <TextField label={t('call.solve.timeSlot')} value={s.visit.timeSlot} maxLength={40} placeholder="14:00–16:00" onChange={(timeSlot) => setSolve({ visit: { ...s.visit, timeSlot } })} />
        </fieldset>
      )}
      {(draft.scenario === 'returnExchange' || s.returnRequest) && <ReturnForm value={s.returnRequest} now={now} onChange={(returnRequest) => setSolve({ returnRequest })} />}
      {(draft.scenario === 'faultDiagnosis' || s.fault) && <FaultForm value={s.fault} onChange={(fault) => setSolve({ fault })} />}
    </div>
  );
}
