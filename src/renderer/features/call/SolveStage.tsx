import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/schemas/case';
import { remedies, type CallDraft, type Remedy } from '../../../shared/schemas/callDraft';
import type { PlaceholderValues } from '../../../shared/domain/scripts/fillScript';
import type { ScriptLine } from '../../../shared/domain/scripts/scriptTypes';
import { waitWords } from '../../../shared/domain/scripts/callPlaceholders';
import type { Collaboration } from '../../../shared/schemas/callDraft';
import { formatAt, formatNear } from '../../ui/formatSpan';
import { EscalateDialog } from './EscalateDialog';
import { TransferDialog } from './TransferDialog';
import { FaultForm } from './FaultForm';
import { CheckField, SelectField } from '../../ui/fields';
import { GuardedTextArea } from '../../ui/GuardedTextArea';
import { keepFor } from './guardKeep';
import { VisitFields } from './VisitFields';
import { visitStarted } from '../../../shared/domain/visitBookings';
import { ReturnForm } from './ReturnForm';
import { LiveApprovalPanel } from './LiveApprovalPanel';
import { formatDuration } from '../../ui/formatDuration';

type Update = (change: (draft: CallDraft) => CallDraft) => void;
export type CollaborationDialog = 'escalate' | 'transfer' | null;

/**
 * Solve: the answer (from the knowledge base or the agent), or an escalation or a transfer — two
 * different acts, each with its own dialog; each one made is kept. Scenario forms; approval when beyond authority.
 */
export function SolveStage(props: {
  draft: CallDraft;
  update: Update;
  now: number;
  clock: () => number;
  dialog: CollaborationDialog;
  setDialog(open: CollaborationDialog): void;
  onCollaborate(c: Collaboration): void;
  lines: { escalate?: ScriptLine; transfer?: ScriptLine };
  values: PlaceholderValues;
  /** The remedies an agent may not offer alone (authority limits in force). */
  approvalRemedies: readonly Remedy[];
}) {
  const { t, i18n } = useTranslation();
  const { draft, update, now } = props;
  const s = draft.solve;
  const setSolve = (patch: Partial<CallDraft['solve']>) => update((d) => ({ ...d, solve: { ...d.solve, ...patch } }));
  const approvalRequired = s.remedy !== null && props.approvalRemedies.includes(s.remedy);
  return (
    <div className="stage-form">
      {s.mustEscalate && !s.collaboration && <p className="warning-banner">{t('call.solve.mustEscalate')}</p>}
      {s.collaborationDueAt !== null && !s.collaboration && (
        <p className={now > s.collaborationDueAt ? 'error-banner' : 'warning-banner'} role="timer">
          {now > s.collaborationDueAt ? t('call.solve.collaborationLate') : `${t('call.solve.collaborationDue', { time: formatNear(s.collaborationDueAt, now, i18n.language) })} · ${formatDuration(s.collaborationDueAt - now)}`}
        </p>
      )}
      <GuardedTextArea label={t('call.solve.solution')} rows={5} value={s.solution} maxLength={LIMITS.description} onChange={(solution) => setSolve({ solution })} keep={keepFor(draft, update, 'solve.solution')} />
      {s.collaboration && (
        <p className="linked">
          {s.collaboration.kind === 'escalate'
            ? t('callFlow.escalate.recorded', { target: s.collaboration.target, time: formatAt(s.collaboration.at + s.collaboration.feedbackMinutes * 60_000, i18n.language) })
            : t('callFlow.transfer.recorded', { target: s.collaboration.target, wait: waitWords(s.collaboration.waitSeconds, { minutes: (count) => t('callFlow.minutes', { count }), seconds: (count) => t('callFlow.seconds', { count }) }) })}
        </p>
      )}
      <div className="row">
        <button type="button" className="secondary" onClick={() => props.setDialog('transfer')}>
          {t(`channelFlow.wording.transferOpen.${draft.channel}`)} <kbd>Alt+T</kbd>
        </button>
        <button type="button" className="secondary" onClick={() => props.setDialog('escalate')}>
          {t('callFlow.escalate.open')} <kbd>Alt+E</kbd>
        </button>
      </div>
      {props.dialog === 'escalate' && <EscalateDialog now={props.clock} line={props.lines.escalate} values={props.values} onCancel={() => props.setDialog(null)} onConfirm={props.onCollaborate} />}
      {props.dialog === 'transfer' && <TransferDialog channel={draft.channel} now={props.clock} line={props.lines.transfer} values={props.values} onCancel={() => props.setDialog(null)} onConfirm={props.onCollaborate} />}
      {(draft.scenario === 'complaint' || draft.scenario === 'returnExchange' || s.remedy !== null) && (
        <SelectField
          label={t('call.solve.remedy')}
          value={s.remedy}
          options={remedies}
          emptyLabel={t('terms.remedies.none')}
          labelOf={(r) => t(`terms.remedies.${r}`)}
          onChange={(remedy) => setSolve(remedy !== null && props.approvalRemedies.includes(remedy) ? { remedy, beyondAuthority: true } : { remedy })}
        />
      )}
      {approvalRequired ? (
        <p className="warning-banner">{t('call.solve.approvalRequired', { remedy: t(`terms.remedies.${s.remedy!}`) })}</p>
      ) : (
        <CheckField label={t('call.solve.beyondAuthority')} checked={s.beyondAuthority} onChange={(beyondAuthority) => setSolve({ beyondAuthority, approvalRequestedAt: beyondAuthority ? s.approvalRequestedAt : null })} />
      )}
      {(s.beyondAuthority || approvalRequired) && <LiveApprovalPanel draft={draft} update={update} now={now} />}
      {(draft.scenario === 'afterSales' || visitStarted(s.visit)) && <VisitFields visit={s.visit} onChange={(visit) => setSolve({ visit })} />}
      {(draft.scenario === 'returnExchange' || s.returnRequest) && <ReturnForm value={s.returnRequest} now={now} onChange={(returnRequest) => setSolve({ returnRequest })} />}
      {(draft.scenario === 'faultDiagnosis' || s.fault) && <FaultForm value={s.fault} onChange={(fault) => setSolve({ fault })} />}
    </div>
  );
}
