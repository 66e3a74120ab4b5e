import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/result';
import type { FollowUpItem } from '../../../shared/schemas/workspace';
import { formatDue } from './formatDue';
import { LimitedTextArea } from '../../ui/LimitedInput';

/** One follow-up: when, what kind, which case and customer, the note; call back or mark done with a note. */
export function FollowUpCard({
  item,
  now,
  onOpenCase,
  onStartCall,
  onComplete,
}: {
  item: FollowUpItem;
  now: number;
  onOpenCase(caseId: string): void;
  onStartCall(item: FollowUpItem): void;
  onComplete(item: FollowUpItem, note: string): Promise<AppErrorValue | null>;
}) {
  const { t, i18n } = useTranslation();
  const [completing, setCompleting] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const noteId = useId();
  const who = item.customerName ?? t('followUps.unknownCustomer');
  const done = item.state === 'done';

  const submit = async () => {
    setBusy(true);
    const failed = await onComplete(item, note.trim());
    setBusy(false);
    setError(failed);
    if (!failed) setCompleting(false);
  };

  return (
    <li className={`follow-up${item.overdue ? ' follow-up-overdue' : ''}${done ? ' follow-up-done' : ''}`}>
      <div className="follow-up-when">
        <time dateTime={new Date(item.dueAt).toISOString()}>{formatDue(item.dueAt, now, i18n.language)}</time>
        {item.overdue && <span className="follow-up-flag">{t('followUps.overdueFlag')}</span>}
        {done && item.doneAt !== null && <span className="muted">{t('followUps.doneAt', { at: formatDue(item.doneAt, now, i18n.language) })}</span>}
      </div>
      <div className="follow-up-main">
        <p className="follow-up-title">
          <span className={`follow-up-kind kind-${item.kind}`}>{t(`followUps.kinds.${item.kind}`)}</span> {who}
          {item.customerPhoneMasked && <span className="muted"> · {item.customerPhoneMasked}</span>}
        </p>
        <p className="follow-up-case">
          <button type="button" className="link" onClick={() => onOpenCase(item.caseId)} aria-label={t('followUps.openCase', { number: item.caseNumber, subject: item.subject })}>
            {item.caseNumber}
          </button>{' '}
          {item.subject}
        </p>
        {item.note && <p className="follow-up-note">{t('followUps.note', { note: item.note })}</p>}
        {completing && (
          <form
            className="follow-up-complete"
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <label htmlFor={noteId}>{t('followUps.resultLabel')}</label>
            <LimitedTextArea id={noteId} rows={2} maxLength={2000} value={note} autoFocus placeholder={t('followUps.resultPlaceholder')} onValue={setNote} />
            <div className="row">
              <button type="submit" className="small" disabled={busy}>
                {busy ? t('followUps.saving') : t('followUps.confirmDone')}
              </button>
              <button type="button" className="secondary small" onClick={() => setCompleting(false)}>
                {t('followUps.cancel')}
              </button>
            </div>
          </form>
        )}
        {error && (
          <p role="alert" className="error-banner">
            {t(`errors.${error.code}`)}
          </p>
        )}
      </div>
      {!done && !completing && (
        <div className="follow-up-actions">
          <button type="button" className="small" onClick={() => onStartCall(item)} aria-label={t('followUps.callLabel', { name: who, number: item.caseNumber })}>
            {t('followUps.call')}
          </button>
          <button type="button" className="secondary small" onClick={() => setCompleting(true)} aria-label={t('followUps.markDoneLabel', { name: who, number: item.caseNumber })}>
            {t('followUps.markDone')}
          </button>
        </div>
      )}
    </li>
  );
}
