import { useTranslation } from 'react-i18next';
import type { CallDraft } from '../../../shared/schemas/callDraft';
import { followUpKinds } from '../../../shared/schemas/domainTerms';
import { CheckField, SelectField, TextField } from '../../ui/fields';
import { feedbackDueAt, openEscalation, openTransfer, transferCheckDueAt } from '../../../shared/domain/callHistory';
import { formatAt } from '../../ui/formatSpan';
import { DateTimeField } from '../../ui/DateTimeField';
import { policyInForce } from '../../../shared/domain/policies/policyInForce';
import { usePolicies } from '../../ui/usePolicies';

type Update = (change: (draft: CallDraft) => CallDraft) => void;

/** Follow-up: did it work, anything else, a callback time, and the satisfaction score 1–5. */
export function FollowUpStage({ draft, update, now }: { draft: CallDraft; update: Update; now: number }) {
  const { t, i18n } = useTranslation();
  const f = draft.followUp;
  const escalation = openEscalation(draft);
  const transfer = openTransfer(draft);
  const setFollowUp = (patch: Partial<CallDraft['followUp']>) => update((d) => ({ ...d, followUp: { ...d.followUp, ...patch } }));
  const callback = f.callback;
  // "10:00 on the next working day" follows the business calendar in force now (issue 18).
  const { records } = usePolicies();
  const calendar = policyInForce(records, 'businessCalendar', now, null).body;
  return (
    <div className="stage-form">
      {transfer && <p className="warning-banner">{t('callFlow.followUp.transferCheck', { target: transfer.target, time: formatAt(transferCheckDueAt(transfer), i18n.language) })}</p>}
      {escalation && f.solved === false && (
        <p className="warning-banner" role="status">
          {t('callFlow.followUp.pendingFeedback', { target: escalation.target, time: formatAt(feedbackDueAt(escalation), i18n.language) })}
        </p>
      )}
      <fieldset className="row">
        <legend>{t('call.followUp.solved')}</legend>
        {([true, false] as const).map((value) => (
          <label key={String(value)} className="check">
            <input type="radio" name="solved" checked={f.solved === value} onChange={() => setFollowUp({ solved: value })} />
            {t(value ? 'call.followUp.yes' : 'call.followUp.no')}
          </label>
        ))}
      </fieldset>
      <fieldset className="grid-2">
        <legend>{t('call.followUp.callback')}</legend>
        <DateTimeField
          className="span-2"
          label={t('call.followUp.callback')}
          value={callback?.dueAt ?? null}
          notBefore={now - 60_000}
          quickPicks={{ now, calendar }}
          onChange={(dueAt) => setFollowUp({ callback: dueAt === null ? null : { kind: callback?.kind ?? 'callback', dueAt, note: callback?.note ?? '' }, callbackDeclined: false })}
        />
        <SelectField
          label={t('call.followUp.callbackKind')}
          value={callback?.kind ?? 'callback'}
          options={followUpKinds}
          labelOf={(k) => t(`terms.followUpKinds.${k}`)}
          onChange={(kind) => kind && setFollowUp({ callback: { kind, dueAt: callback?.dueAt ?? now + 86_400_000, note: callback?.note ?? '' }, callbackDeclined: false })}
        />
        <CheckField label={t('call.followUp.declined')} checked={f.callbackDeclined} onChange={(callbackDeclined) => setFollowUp({ callbackDeclined, callback: callbackDeclined ? null : callback })} />
      </fieldset>
      <fieldset>
        <legend>{t('call.followUp.satisfaction')}</legend>
        <div className="score" role="radiogroup" aria-label={t('call.followUp.satisfaction')}>
          {[1, 2, 3, 4, 5].map((score) => (
            <button key={score} type="button" role="radio" aria-checked={f.satisfaction === score} className={f.satisfaction === score ? 'chosen' : 'secondary'} onClick={() => setFollowUp({ satisfaction: score, surveyDeclined: false })}>
              {score}
            </button>
          ))}
        </div>
        <CheckField label={t('call.followUp.surveyDeclined')} checked={f.surveyDeclined} onChange={(surveyDeclined) => setFollowUp({ surveyDeclined, satisfaction: surveyDeclined ? null : f.satisfaction })} />
        <TextField label={t('call.followUp.comment')} value={f.comment} maxLength={500} onChange={(comment) => setFollowUp({ comment })} />
      </fieldset>
    </div>
  );
}
