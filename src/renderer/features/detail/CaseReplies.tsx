import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { REPLY_MAX } from '../../../shared/schemas/callDraft';
import type { CaseDetail } from '../../../shared/schemas/caseDetail';
import type { AppErrorValue } from '../../../shared/result';
import { useApi } from '../../apiContext';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { systemClipboard, type ClipboardTarget } from '../../ui/clipboard';
import { formatAt } from '../../ui/formatSpan';
import { GuardedTextArea } from '../../ui/GuardedTextArea';

/**
 * A chat or email case's conversation after its first contact: the replies recorded so far, and
 * the next one composed here, copied into the company's mail or chat tool, sent there, and
 * recorded as sent (the first reply stops the first-response clock).
 */
export function CaseReplies({ detail, onChanged, clipboard = systemClipboard }: { detail: CaseDetail; onChanged(detail: CaseDetail): void; clipboard?: ClipboardTarget }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [text, setText] = useState('');
  const [saving, setSaving] = useState(false);
  const [notice, setNotice] = useState<'copied' | 'copyFailed' | 'recorded' | null>(null);
  const [error, setError] = useState<AppErrorValue | null>(null);
  if (detail.channel !== 'chat' && detail.channel !== 'email') return null;
  const channel = detail.channel;

  async function record(event: FormEvent) {
    event.preventDefault();
    if (!text.trim() || saving) return;
    setSaving(true);
    setError(null);
    setNotice(null);
    const reply = await api.recordCaseReply({ caseId: detail.id, text });
    setSaving(false);
    if (!reply.ok) return setError(reply.error);
    setText('');
    setNotice('recorded');
    onChanged(reply.value);
  }
  const copy = async () => setNotice((await clipboard.writeText(text)) ? 'copied' : 'copyFailed');

  return (
    <form className="case-section case-replies" aria-labelledby="case-replies-title" onSubmit={(e) => void record(e)}>
      <h3 id="case-replies-title">{t(`caseReplies.title.${channel}`)}</h3>
      {detail.replies.length === 0 ? (
        <p className="muted">{t('caseReplies.none')}</p>
      ) : (
        <ol className="reply-list" aria-label={t(`caseReplies.title.${channel}`)}>
          {detail.replies.map((r) => (
            <li key={r.id}>
              <span className="muted">{t('caseReplies.sentBy', { at: formatAt(r.sentAt, i18n.language), agent: r.agentName ?? t('caseReplies.unknownAgent') })}</span>
              <p className="pre-wrap">{r.body}</p>
            </li>
          ))}
        </ol>
      )}
      <GuardedTextArea label={t(`caseReplies.text.${channel}`)} value={text} rows={channel === 'email' ? 6 : 3} maxLength={REPLY_MAX} onChange={(value) => { setText(value); setNotice(null); }} />
      <p className="muted small-print">{t('caseReplies.seam')}</p>
      <div className="row">
        <button type="button" className="secondary" disabled={!text.trim()} onClick={() => void copy()}>
          {t('caseReplies.copy')}
        </button>
        <button type="submit" disabled={!text.trim() || saving}>
          {saving ? t('caseDetail.actions.working') : t('caseReplies.record')}
        </button>
        <span role="status" className={notice === 'copyFailed' ? 'field-error' : 'muted'}>
          {notice ? t(`caseReplies.${notice}`) : ''}
        </span>
      </div>
      <ErrorBanner error={error} />
    </form>
  );
}
