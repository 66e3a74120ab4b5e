import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallDraft } from '../../../shared/schemas/callDraft';
import { DateTimeField } from '../../ui/DateTimeField';

type Update = (change: (draft: CallDraft) => CallDraft) => void;

/** Chat and email: when the customer's message arrived, where the response clocks start (never later than now). */
export function ContactReceived({ draft, update, now }: { draft: CallDraft; update: Update; now: number }) {
  const { t } = useTranslation();
  const [future, setFuture] = useState(false);
  if (draft.channel !== 'chat' && draft.channel !== 'email') return null;
  const channel = draft.channel;
  return (
    <div className="contact-received">
      <DateTimeField
        label={t(`channelFlow.contactAt.${channel}`)}
        value={draft.contactAt ?? draft.startedAt}
        onChange={(value) => {
          if (value !== null && value > now) return setFuture(true);
          setFuture(false);
          update((d) => ({ ...d, contactAt: value }));
        }}
      />
      {future ? (
        <p className="field-error" role="alert">
          {t('channelFlow.contactAtFuture')}
        </p>
      ) : (
        <p className="muted small-print">{t(`channelFlow.contactAtHelp.${channel}`)}</p>
      )}
    </div>
  );
}
