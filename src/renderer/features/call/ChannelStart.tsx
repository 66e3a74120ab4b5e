import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/schemas/case';

const others = ['walkIn', 'chat', 'email'] as const satisfies readonly Channel[];

/** Starts the guided flow for a customer at the counter, a chat or an email (a phone call starts from the ring or its own button). */
export function ChannelStart({ onStart }: { onStart(channel: Channel): void }) {
  const { t } = useTranslation();
  return (
    <span className="row channel-start" role="group" aria-label={t('channelFlow.startGroup')}>
      {others.map((channel) => (
        <button key={channel} type="button" className="secondary topbar-action" onClick={() => onStart(channel)}>
          {t(`channelFlow.start.${channel}`)}
        </button>
      ))}
    </span>
  );
}
