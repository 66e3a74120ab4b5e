import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { callTimes, holdPromptsDue, totalHoldMs } from '../../../shared/domain/callTimes';
import type { CallEventKind } from '../../../shared/schemas/callEvents';
import { formatDuration } from '../../ui/formatDuration';
import { useApiQuery } from '../../ui/useApiQuery';
import type { CallStore } from './callStore';

const DEFAULT_HOLD_PROMPT_SECONDS = 45;

/**
 * Hold / resume with the hold timer, the total hold time and a prompt to go back to the caller
 * every `holdPromptSeconds`; mute; picking up a call that rang (when no softphone reports it).
 * Each button records the same event a softphone would post. Renders again only when the events,
 * the end of talk or the time change, not on every edit or stage change of the draft.
 */
export const CallControls = memo(function CallControls({ store, now }: { store: CallStore; now: number }) {
  const { t } = useTranslation();
  const talkEndedAt = useStore(store, (s) => (s.draft ? s.draft.talkEndedAt : undefined));
  const events = useStore(store, (s) => s.events);
  const settings = useApiQuery((api) => api.getSettings(), []);
  const promptEvery = settings.state === 'loaded' ? settings.value.holdPromptSeconds : DEFAULT_HOLD_PROMPT_SECONDS;
  if (talkEndedAt === undefined) return null;
  const times = callTimes(events);
  const talking = talkEndedAt === null && times.hangupAt === null;
  const ringing = times.ringAt !== null && times.answeredAt === null;
  const onHold = times.onHoldSince !== null;
  const record = (kind: CallEventKind) => void store.getState().callEvent(kind);
  const held = totalHoldMs(times, now);
  const prompts = holdPromptsDue(times, now, promptEvery);
  return (
    <div className="call-controls panel" role="group" aria-label={t('callControls.label')}>
      {ringing && (
        <>
          <span className="timer" role="timer">
            {t('callControls.ringing', { time: formatDuration(now - times.ringAt!) })}
          </span>
          <button type="button" onClick={() => record('answer')} disabled={!talking}>
            {t('callControls.answer')}
          </button>
        </>
      )}
      <button type="button" className={onHold ? '' : 'secondary'} aria-pressed={onHold} onClick={() => record(onHold ? 'resume' : 'hold')} disabled={!talking || ringing}>
        {onHold ? t('callControls.resume') : t('callControls.hold')}
      </button>
      {onHold && (
        <span className="timer hold-timer" role="timer">
          {t('callControls.onHold', { time: formatDuration(now - times.onHoldSince!) })}
        </span>
      )}
      {times.holds.length > 0 && (
        <span className="muted">
          {t('callControls.holdTotal', { time: formatDuration(held) })} · {t('callControls.holdCount', { count: times.holds.length })}
        </span>
      )}
      <button type="button" className="secondary" aria-pressed={times.muted} onClick={() => record(times.muted ? 'unmute' : 'mute')} disabled={!talking}>
        {times.muted ? t('callControls.unmute') : t('callControls.mute')}
      </button>
      {times.muted && <span className="muted">{t('callControls.muted')}</span>}
      {events.some((e) => e.source === 'telephony') && <span className="muted">{t('callControls.softphone')}</span>}
      {onHold && prompts > 0 && (
        <p className="hold-prompt" role="alert">
          {t('callControls.prompt', { time: formatDuration(now - times.onHoldSince!) })}
        </p>
      )}
    </div>
  );
});
