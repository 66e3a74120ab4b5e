import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/schemas/case';
import type { Collaboration } from '../../../shared/schemas/callDraft';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextField } from '../../ui/fields';

const kinds = ['escalate', 'transfer'] as const;

/** Escalate or transfer: to whom, and when they will come back (15 minutes unless said otherwise). */
export function EscalateDialog({ now, onConfirm, onCancel }: { now: () => number; onConfirm(c: Collaboration): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Collaboration['kind']>('escalate');
  const [target, setTarget] = useState('');
  const [minutes, setMinutes] = useState('15');
  const [note, setNote] = useState('');
  const feedbackMinutes = Number(minutes);
  const valid = target.trim().length > 0 && Number.isInteger(feedbackMinutes) && feedbackMinutes >= 1 && feedbackMinutes <= 10_080;
  const confirm = () => valid && onConfirm({ kind, target: target.trim(), feedbackMinutes, note, at: now() });
  return (
    <Dialog
      labelledBy="escalate-title"
      className="dialog"
      focusFirst="input"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) confirm();
        e.stopPropagation();
      }}
    >
      <h3 id="escalate-title">{t('call.escalateDialog.title')}</h3>
      <p className="muted">{t('call.escalateDialog.tellCustomer')}</p>
      <TextField label={t('call.escalateDialog.target')} value={target} maxLength={LIMITS.name} onChange={setTarget} />
      <SelectField label={t('call.escalateDialog.kind')} value={kind} options={kinds} labelOf={(k) => t(`terms.collaborationKinds.${k}`)} onChange={(k) => k && setKind(k)} />
      <TextField label={t('call.escalateDialog.feedbackMinutes')} type="number" value={minutes} onChange={setMinutes} />
      <TextField label={t('call.escalateDialog.note')} value={note} maxLength={LIMITS.note} onChange={setNote} />
      <div className="row">
        <button type="button" onClick={confirm} disabled={!valid}>
          {t('call.escalateDialog.confirm')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('call.escalateDialog.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
