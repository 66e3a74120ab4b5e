import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { Channel } from '../../../shared/schemas/case';
import { formatDuration } from '../../ui/formatDuration';
import type { CallStore } from './callStore';

/**
 * The call's title, talk and after-call work timers, whether the draft is saved, end-talk and
 * discard. Memoized on plain values, and the save state is its own part: a stage change or a save
 * does not render the header again (`npm run bench -- call`).
 */
export const CallHeader = memo(function CallHeader(props: { store: CallStore; channel: Channel; callerNumber: string | null; talkStart: number; talkEndedAt: number | null; now: number }) {
  const { store, channel, callerNumber, talkStart, talkEndedAt, now } = props;
  const { t } = useTranslation();
  const phone = channel === 'phone';
  return (
    <header className="call-header panel">
      <h2 id="call-title">
        {t(`channelFlow.title.${channel}`)}
        {phone && <> · {t(`channels.${channel}`)}</>}
        {phone && <> · {callerNumber ? t('call.callerNumber', { number: callerNumber }) : t('call.noNumber')}</>}
      </h2>
      <span className="timer" role="timer" aria-label={t(`channelFlow.wording.timer.${channel}`)}>
        {t(`channelFlow.elapsed.${channel}`, { time: formatDuration((talkEndedAt ?? now) - talkStart) })}
      </span>
      {talkEndedAt !== null && <span className="timer acw">{t('call.acwTime', { time: formatDuration(now - talkEndedAt) })}</span>}
      <span className="spacer" />
      <SaveState store={store} />
      {talkEndedAt === null ? (
        <button type="button" className="danger" onClick={() => store.getState().endTalk()}>
          {t(`channelFlow.endTalk.${channel}`)} <kbd>Alt+H</kbd>
        </button>
      ) : (
        <span className="muted">{t(`channelFlow.ended.${channel}`)}</span>
      )}
      <button type="button" className="link" onClick={() => window.confirm(t(`channelFlow.wording.discardConfirm.${channel}`)) && void store.getState().discard()}>
        {t('call.discard')}
      </button>
    </header>
  );
});

function SaveState({ store }: { store: CallStore }) {
  const { t } = useTranslation();
  const saveState = useStore(store, (s) => s.saveState);
  return (
    <span className={`save-state save-${saveState}`} aria-live="polite">
      {t(`call.save.${saveState}`)}
    </span>
  );
}
