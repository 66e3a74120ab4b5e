import { useTranslation } from 'react-i18next';
import type { GateItem } from '../../../shared/domain/callFlow';

/** What still blocks the stage, after the agent tried to complete it. */
export function GateNotice({ missing }: { missing: GateItem[] }) {
  const { t } = useTranslation();
  if (missing.length === 0) return null;
  return (
    <div role="alert" className="gate-notice">
      <p>{t('call.blocked')}</p>
      <ul>
        {missing.map((item) => (
          <li key={item}>{t(`call.gate.${item}`)}</li>
        ))}
      </ul>
    </div>
  );
}
