import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/schemas/case';
import type { CallDraft } from '../../../shared/schemas/callDraft';
import { categories, complaintSeverities, priorities, scenarios } from '../../../shared/schemas/domainTerms';
import { CheckField, SelectField, TextField } from '../../ui/fields';
import { GuardedTextArea } from '../../ui/GuardedTextArea';

type Update = (change: (draft: CallDraft) => CallDraft) => void;

/** Confirm: what happened and what the customer wants, classified, restated and confirmed. */
export function ConfirmStage({ draft, update }: { draft: CallDraft; update: Update }) {
  const { t } = useTranslation();
  const setConfirm = (patch: Partial<CallDraft['confirm']>) => update((d) => ({ ...d, confirm: { ...d.confirm, ...patch } }));
  const c = draft.confirm;
  return (
    <div className="stage-form grid-2">
      <SelectField label={t('call.confirm.scenario')} value={draft.scenario} options={scenarios} labelOf={(s) => t(`terms.scenarios.${s}`)} onChange={(s) => s && update((d) => ({ ...d, scenario: s }))} />
      <SelectField label={t('call.confirm.category')} value={c.category} options={categories} emptyLabel={t('call.record.choose')} labelOf={(s) => t(`terms.categories.${s}`)} onChange={(category) => setConfirm({ category })} />
      <SelectField label={t('call.confirm.priority')} value={draft.priority} options={priorities} labelOf={(s) => t(`terms.priorities.${s}`)} onChange={(p) => p && update((d) => ({ ...d, priority: p }))} />
      {draft.scenario === 'complaint' && (
        <SelectField
          label={t('call.confirm.severity')}
          value={draft.severity}
          options={complaintSeverities}
          emptyLabel={t('terms.severities.none')}
          labelOf={(s) => t(`terms.severities.${s}`)}
          onChange={(severity) => update((d) => ({ ...d, severity }))}
        />
      )}
      <div className="span-2">
        <TextField label={t('call.confirm.summary')} value={c.summary} maxLength={LIMITS.subject} placeholder={t('call.confirm.summaryPlaceholder')} onChange={(summary) => setConfirm({ summary })} />
      </div>
      <div className="span-2">
        <GuardedTextArea label={t('call.confirm.keyPoints')} value={c.keyPoints} maxLength={LIMITS.description} onChange={(keyPoints) => setConfirm({ keyPoints })} />
      </div>
      <TextField label={t('call.confirm.product')} value={c.product} maxLength={LIMITS.product} onChange={(product) => setConfirm({ product })} />
      <TextField label={t('call.confirm.orderNo')} value={c.orderNo} maxLength={40} onChange={(orderNo) => setConfirm({ orderNo: orderNo.trim() })} />
      <div className="span-2">
        <CheckField label={t('call.confirm.restated')} checked={c.restated} onChange={(restated) => setConfirm({ restated })} />
        <CheckField label={t('call.confirm.needsCollaboration')} checked={c.needsCollaboration} onChange={(needsCollaboration) => setConfirm({ needsCollaboration })} />
      </div>
    </div>
  );
}
