import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlaceholderValues } from '../../../shared/domain/scripts/fillScript';
import type { ScriptLine } from '../../../shared/domain/scripts/scriptTypes';
import { LIMITS } from '../../../shared/schemas/case';
import type { Escalation } from '../../../shared/schemas/callDraft';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/fields';
import { formatAt } from '../../ui/formatSpan';
import { SayFirst } from './SayFirst';

const MAX_MINUTES = 7 * 24 * 60;

/** Escalate: a colleague or team takes the case over and contacts the customer by a promised time (15 minutes unless said otherwise). */
export function EscalateDialog({ now, line, values, onConfirm, onCancel }: { now: () => number; line: ScriptLine | undefined; values: PlaceholderValues; onConfirm(e: Escalation): void; onCancel(): void }) {
  const { t, i18n } = useTranslation();
  const [target, setTarget] = useState('');
  const [minutes, setMinutes] = useState('15');
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const feedbackMinutes = /^\d+$/.test(minutes.trim()) ? Number(minutes) : NaN;
  const minutesOk = Number.isInteger(feedbackMinutes) && feedbackMinutes >= 1 && feedbackMinutes <= MAX_MINUTES;
  const problems = [!target.trim() && t('callFlow.escalate.targetRequired'), !minutesOk && t('callFlow.escalate.minutesInvalid')].filter((p): p is string => Boolean(p));
  const confirm = () => {
    setTried(true);
    if (problems.length === 0) onConfirm({ kind: 'escalate', target: target.trim(), feedbackMinutes, note, at: now() });
  };
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
      <h3 id="escalate-title">{t('callFlow.escalate.title')}</h3>
      <p className="muted">{t('callFlow.escalate.explain')}</p>
      <TextField label={t('callFlow.escalate.target')} value={target} maxLength={LIMITS.name} onChange={setTarget} />
      <TextField label={t('callFlow.escalate.feedbackMinutes')} type="number" value={minutes} onChange={setMinutes} />
      {minutesOk && <p className="muted">{t('callFlow.escalate.dueAt', { time: formatAt(now() + feedbackMinutes * 60_000, i18n.language) })}</p>}
      <TextField label={t('callFlow.escalate.note')} value={note} maxLength={LIMITS.note} onChange={setNote} />
      <SayFirst line={line} values={{ ...values, escalationTarget: target.trim() || null, feedbackTime: minutesOk ? t('callFlow.minutes', { count: feedbackMinutes }) : null }} />
      {tried && problems.length > 0 && (
        <ul role="alert" className="error-banner">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="row">
        <button type="button" onClick={confirm}>
          {t('callFlow.escalate.confirm')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('callFlow.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
