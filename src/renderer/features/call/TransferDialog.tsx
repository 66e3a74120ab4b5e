import type { Channel } from '../../../shared/schemas/case';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { waitWords } from '../../../shared/domain/scripts/callPlaceholders';
import type { PlaceholderValues } from '../../../shared/domain/scripts/fillScript';
import type { ScriptLine } from '../../../shared/domain/scripts/scriptTypes';
import { LIMITS } from '../../../shared/schemas/case';
import type { Transfer } from '../../../shared/schemas/callDraft';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextField } from '../../ui/fields';
import { SayFirst } from './SayFirst';

const units = ['seconds', 'minutes'] as const;
type Unit = (typeof units)[number];

/** The wait in seconds, or null when it is not a whole number from 1 s to 60 min. */
export function waitSecondsOf(amount: string, unit: Unit): number | null {
  if (!/^\d+$/.test(amount.trim())) return null;
  const seconds = Number(amount) * (unit === 'minutes' ? 60 : 1);
  return seconds >= 1 && seconds <= 3600 ? seconds : null;
}

/** Transfer: the caller waits on the line while the call goes to a team or agent; say where, why and how long first. */
export function TransferDialog({ channel = 'phone', now, line, values, onConfirm, onCancel }: { channel?: Channel; now: () => number; line: ScriptLine | undefined; values: PlaceholderValues; onConfirm(t: Transfer): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState('');
  const [reason, setReason] = useState('');
  const [amount, setAmount] = useState('60');
  const [unit, setUnit] = useState<Unit>('seconds');
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const waitSeconds = waitSecondsOf(amount, unit);
  const problems = [!target.trim() && t('callFlow.transfer.targetRequired'), waitSeconds === null && t('callFlow.transfer.waitInvalid')].filter((p): p is string => Boolean(p));
  const words = { minutes: (count: number) => t('callFlow.minutes', { count }), seconds: (count: number) => t('callFlow.seconds', { count }) };
  const confirm = () => {
    setTried(true);
    if (problems.length === 0 && waitSeconds !== null) onConfirm({ kind: 'transfer', target: target.trim(), reason: reason.trim(), waitSeconds, note, at: now() });
  };
  return (
    <Dialog
      labelledBy="transfer-title"
      className="dialog"
      focusFirst="input"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) confirm();
        e.stopPropagation();
      }}
    >
      <h3 id="transfer-title">{t(`channelFlow.wording.transferTitle.${channel}`)}</h3>
      <p className="muted">{t(`channelFlow.wording.transferExplain.${channel}`)}</p>
      <TextField label={t('callFlow.transfer.target')} value={target} maxLength={LIMITS.name} onChange={setTarget} />
      <TextField label={t('callFlow.transfer.reason')} value={reason} maxLength={200} onChange={setReason} />
      <div className="grid-2">
        <TextField label={t('callFlow.transfer.wait')} type="number" value={amount} onChange={setAmount} />
        <SelectField label={t('callFlow.transfer.unit')} value={unit} options={units} labelOf={(u) => t(`callFlow.transfer.units.${u}`)} onChange={(u) => u && setUnit(u)} />
      </div>
      <TextField label={t('callFlow.transfer.note')} value={note} maxLength={LIMITS.note} onChange={setNote} />
      <SayFirst line={line} values={{ ...values, transferTarget: target.trim() || null, expectedWait: waitSeconds === null ? null : waitWords(waitSeconds, words) }} />
      {tried && problems.length > 0 && (
        <ul role="alert" className="error-banner">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="row">
        <button type="button" onClick={confirm}>
          {t('callFlow.transfer.confirm')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('callFlow.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
