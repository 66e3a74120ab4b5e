import { useTranslation } from 'react-i18next';
import type { GateItem } from '../../../shared/domain/callFlow';
import type { Channel } from '../../../shared/schemas/case';

/** What still blocks the stage, after the agent tried to complete it. */
export function GateNotice({ missing, channel = 'phone' }: { missing: GateItem[]; channel?: Channel }) {
  const { t } = useTranslation();
  if (missing.length === 0) return null;
  return (
    <div role="alert" className="gate-notice">
      <p>{t('call.blocked')}</p>
      <ul>
        {missing.map((item) => (
          <li key={item}>{item === 'callerChosen' ? t(`channelFlow.wording.callerChosen.${channel}`) : t(`call.gate.${item}`)}</li>
        ))}
      </ul>
    </div>
  );
}
