import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { replyTemplatesFor } from '../../../shared/domain/scripts/channelScripts';
import { fillLine, lineText, type PlaceholderValues } from '../../../shared/domain/scripts/fillScript';
import { REPLY_MAX, type CallDraft } from '../../../shared/schemas/callDraft';
import type { Locale } from '../../../shared/schemas/settings';
import { systemClipboard, type ClipboardTarget } from '../../ui/clipboard';
import { formatAtSeconds } from '../../ui/formatSpan';
import { GuardedTextArea } from '../../ui/GuardedTextArea';

/**
 * Chat and email: the agent composes a reply here (from a template of the current stage, its
 * placeholders filled), copies it into the company's mail or chat tool, sends it there, and
 * records it as sent — the text and time go into the draft and onto the case when it is saved.
 * The desktop never sends anything itself (see `MessageConnector` for a future connector).
 */
export function ReplyComposer({
  draft,
  locale,
  values,
  onRecord,
  clipboard = systemClipboard,
}: {
  draft: CallDraft;
  locale: Locale;
  values: PlaceholderValues;
  onRecord(text: string, templateId: string | null): void;
  clipboard?: ClipboardTarget;
}) {
  const { t } = useTranslation();
  const channel = draft.channel === 'email' ? 'email' : 'chat';
  const templates = replyTemplatesFor(draft.channel, locale, draft.stage);
  const [text, setText] = useState('');
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [notice, setNotice] = useState<'copied' | 'copyFailed' | 'empty' | null>(null);
  const replies = draft.replies ?? [];

  const useTemplate = (id: string) => {
    const template = templates.find((tpl) => tpl.id === id);
    setTemplateId(template ? template.id : null);
    if (template) setText(lineText(fillLine(template.text, values), t('call.blank')));
    setNotice(null);
  };
  const copy = async () => setNotice(text.trim() ? ((await clipboard.writeText(text)) ? 'copied' : 'copyFailed') : 'empty');
  const record = () => {
    if (!text.trim()) return setNotice('empty');
    onRecord(text.trim(), templateId);
    setText('');
    setTemplateId(null);
    setNotice(null);
  };

  return (
    <section className="panel reply-composer" aria-labelledby="reply-composer-title">
      <h3 id="reply-composer-title">{t(`channelFlow.composer.title.${channel}`)}</h3>
      <p className="muted small-print">{t('channelFlow.composer.seam')}</p>
      {templates.length > 0 && (
        <div className="row template-picks" role="group" aria-label={t('channelFlow.composer.template')}>
          <span className="muted">{t('channelFlow.composer.template')}</span>
          {templates.map((tpl) => (
            <button key={tpl.id} type="button" className={`secondary small${templateId === tpl.id ? ' chosen' : ''}`} aria-pressed={templateId === tpl.id} onClick={() => useTemplate(tpl.id)}>
              {templateLabel(lineText(fillLine(tpl.text, values), '…'))}
            </button>
          ))}
        </div>
      )}
      <GuardedTextArea label={t(`channelFlow.composer.text.${channel}`)} value={text} rows={channel === 'email' ? 7 : 3} maxLength={REPLY_MAX} onChange={setText} />
      <div className="row">
        <button type="button" className="secondary" onClick={() => void copy()}>
          {t('channelFlow.composer.copy')}
        </button>
        <button type="button" onClick={record}>
          {t('channelFlow.composer.recordSent')}
        </button>
        {notice && (
          <span role="status" className={notice === 'copied' ? 'muted' : 'field-error'}>
            {t(`channelFlow.composer.${notice}`)}
          </span>
        )}
      </div>
      <h4>{t('channelFlow.composer.sent', { count: replies.length })}</h4>
      {replies.length === 0 ? (
        <p className="muted">{t('channelFlow.composer.none')}</p>
      ) : (
        <ol className="sent-replies" aria-label={t('channelFlow.composer.sent', { count: replies.length })}>
          {replies.map((reply) => (
            <li key={reply.id}>
              <span className="muted">{t('channelFlow.composer.sentAt', { time: formatAtSeconds(reply.sentAt, locale) })}</span>
              <p className="reply-text">{reply.text}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** A template's button: its first line of substance (an email's body after the greeting), shortened. */
function templateLabel(text: string): string {
  const lines = text.split('\n').map((l) => l.trim());
  const body = lines.length > 2 ? (lines.slice(1).find((l) => l.length > 0) ?? lines[0]!) : lines[0]!;
  return body.length > 18 ? `${body.slice(0, 18)}…` : body;
}
