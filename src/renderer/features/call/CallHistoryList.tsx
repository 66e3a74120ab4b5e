import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { waitWords } from '../../../shared/domain/scripts/callPlaceholders';
import './callFlow.css';
import type { CallAct, CallDraft } from '../../../shared/schemas/callDraft';
import type { Channel } from '../../../shared/schemas/case';
import { formatTime } from '../../ui/formatSpan';


function actText(t: TFunction, act: CallAct): string {
  const words = { minutes: (count: number) => t('callFlow.minutes', { count }), seconds: (count: number) => t('callFlow.seconds', { count }) };
  switch (act.act) {
    case 'stage':
      return t('callFlow.history.stage', { stage: t(`call.stages.${act.stage}`) });
    case 'verification':
      return t('callFlow.history.verification', { method: t(`callFlow.verify.methods.${act.method}`) });
    case 'solution':
      return t('callFlow.history.solution', { solution: act.solution });
    case 'escalation':
      return t('callFlow.history.escalation', { target: act.escalation.target, minutes: act.escalation.feedbackMinutes });
    case 'transfer':
      return t('callFlow.history.transfer', { target: act.transfer.target, wait: waitWords(act.transfer.waitSeconds, words) });
    case 'notSolved':
      return t(`callFlow.history.notSolved.${act.next}`);
  }
}

/** The call's history as the agent made it, oldest first; nothing in it is ever removed. Stage visits are left out: the stage rail shows them. */
export const CallHistoryList = memo(
  function CallHistoryList({ history, channel = 'phone' }: { history: CallDraft['history']; channel?: Channel }) {
    const { t } = useTranslation();
    const acts = history.filter((a) => a.act !== 'stage');
    return (
      <section className="panel call-history" aria-labelledby="call-history-title">
        <h3 id="call-history-title">{t(`channelFlow.wording.history.${channel}`)}</h3>
        {acts.length === 0 ? (
          <p className="muted">{t('callFlow.history.empty')}</p>
        ) : (
          <ol>
            {acts.map((act, i) => (
              <li key={i} className={`act-${act.act}`}>
                <time className="muted">{formatTime(act.at, true)}</time> {actText(t, act)}
              </li>
            ))}
          </ol>
        )}
      </section>
    );
  },
  // The history only grows; a stage visit (left out here) does not change what is shown.
  (before, after) => before.channel === after.channel && shownActs(before.history) === shownActs(after.history),
);

const shownActs = (history: CallDraft['history']) => history.reduce((n, a) => (a.act === 'stage' ? n : n + 1), 0);
