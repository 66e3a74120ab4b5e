import { useTranslation } from 'react-i18next';
import type { DispositionCode } from '../../../shared/domain/policies/dispositionsPolicy';
import { LIMITS } from '../../../shared/schemas/case';
import type { CallDraft } from '../../../shared/schemas/callDraft';
import { labelLocaleOf, useDispositionLabel } from '../../ui/dispositionLabels';
import { SelectField } from '../../ui/fields';
import { GuardedTextArea } from '../../ui/GuardedTextArea';
import { GuardFlags } from '../../ui/GuardFlags';
import { keepFor } from './guardKeep';

type Update = (change: (draft: CallDraft) => CallDraft) => void;

/**
 * Record: the wrap-up the agent checks before saving — problem, solution, satisfaction, disposition, notes.
 * `offered`: the active codes of the dispositions policy in force (useCallRules); a code chosen
 * earlier and retired since stays shown as chosen (main still accepts it for this call).
 */
export function RecordStage({ draft, update, offered }: { draft: CallDraft; update: Update; offered: readonly DispositionCode[] }) {
  const { t, i18n } = useTranslation();
  const storedLabel = useDispositionLabel();
  const locale = labelLocaleOf(i18n.language);
  const chosen = draft.record.disposition;
  const codes = offered.map((c) => c.code);
  const options = chosen && !codes.includes(chosen) ? [...codes, chosen] : codes;
  const labelOf = (code: string) => offered.find((c) => c.code === code)?.labels[locale] ?? storedLabel(code);
  const c = draft.solve.collaboration;
  return (
    <div className="stage-form">
      <dl className="summary">
        <dt>{t('call.confirm.summary')}</dt>
        <dd>{draft.confirm.summary}</dd>
        <dt>{t('call.confirm.category')}</dt>
        <dd>{draft.confirm.category ? t(`terms.categories.${draft.confirm.category}`) : '—'}</dd>
        <dt>{t('call.solve.solution')}</dt>
        <dd>
          {draft.solve.solution || '—'}
          <GuardFlags text={draft.solve.solution} onReplace={(solution) => update((d) => ({ ...d, solve: { ...d.solve, solution } }))} keep={keepFor(draft, update, 'solve.solution')} />
        </dd>
        {c && (
          <>
            <dt>{t(`terms.collaborationKinds.${c.kind}`)}</dt>
            <dd>{c.kind === 'escalate' ? t('callFlow.history.escalation', { target: c.target, minutes: c.feedbackMinutes }) : t('callFlow.history.transfer', { target: c.target, wait: t('callFlow.seconds', { count: c.waitSeconds }) })}</dd>
          </>
        )}
        <dt>{t('call.followUp.satisfaction')}</dt>
        <dd>{draft.followUp.satisfaction ?? '—'}</dd>
      </dl>
      <SelectField
        label={t('call.record.disposition')}
        value={chosen}
        options={options}
        emptyLabel={t('call.record.choose')}
        labelOf={labelOf}
        onChange={(disposition) => update((d) => ({ ...d, record: { ...d.record, disposition } }))}
      />
      <GuardedTextArea label={t('call.record.notes')} value={draft.record.notes} maxLength={LIMITS.note} onChange={(notes) => update((d) => ({ ...d, record: { ...d.record, notes } }))} keep={keepFor(draft, update, 'record.notes')} />
    </div>
  );
}
