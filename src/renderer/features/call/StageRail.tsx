import { useTranslation } from 'react-i18next';
import type { CallDraft } from '../../../shared/schemas/callDraft';
import { callStages, type CallStage } from '../../../shared/schemas/domainTerms';

/** Where the call is: done stages ticked, the current one marked; any reached stage can be clicked (Alt+1…5). */
export function StageRail({ draft, onGoTo }: { draft: CallDraft; onGoTo(stage: CallStage): void }) {
  const { t } = useTranslation();
  const done = new Set(draft.completed.map((c) => c.stage));
  const current = callStages.indexOf(draft.stage);
  const reached = Math.max(current, ...draft.completed.map((c) => callStages.indexOf(c.stage) + 1));
  return (
    <nav aria-label={t(`channelFlow.wording.stageRail.${draft.channel}`)} className="stage-rail">
      <ol>
        {callStages.map((stage, i) => (
          <li key={stage} className={stage === draft.stage ? 'current' : done.has(stage) ? 'done' : undefined}>
            <button type="button" aria-current={stage === draft.stage ? 'step' : undefined} disabled={i > reached} onClick={() => onGoTo(stage)}>
              <span className="stage-number">{done.has(stage) && stage !== draft.stage ? '✓' : i + 1}</span>
              {t(`call.stages.${stage}`)}
              <kbd>Alt+{i + 1}</kbd>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
