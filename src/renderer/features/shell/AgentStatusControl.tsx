import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/schemas/case';
import { chosenStatuses, type AgentStatus, type ChosenStatus } from './agentStatus';

/** The agent's own status in the header: available or on a break, chosen; on a call and after-call work follow the call. */
export function AgentStatusControl({ status, channel = 'phone', onChoose }: { status: AgentStatus; channel?: Channel; onChoose(next: ChosenStatus): void }) {
  const { t } = useTranslation();
  const inCall = status === 'onCall' || status === 'afterCallWork';
  return (
    <label className={`agent-status agent-status-${status}`}>
      <span className="agent-status-dot" aria-hidden="true" />
      <span className="visually-hidden">{t('shell.status.label')}</span>
      {inCall ? (
        <output>{channel === 'phone' ? t(`shell.status.${status}`) : t(`channelFlow.wording.${status}.${channel}`)}</output>
      ) : (
        <select value={status} onChange={(e) => onChoose(e.target.value as ChosenStatus)}>
          {chosenStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`shell.status.${s}`)}
            </option>
          ))}
        </select>
      )}
    </label>
  );
}
