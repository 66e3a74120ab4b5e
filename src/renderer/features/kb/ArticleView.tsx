import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../shared/api';
import type { ClipboardTarget } from '../../ui/clipboard';
import { formatUpdated } from './formatUpdated';

/** One article to read, with "copy into a reply" and, for leads and admins, "edit". */
export function ArticleView({ article, canEdit, clipboard, onEdit, onClose }: { article: Article; canEdit: boolean; clipboard: ClipboardTarget; onEdit(): void; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const category = t(`kb.categories.${article.category}`, { defaultValue: article.category });

  const copyBody = async () => setCopy((await clipboard.writeText(article.body)) ? 'copied' : 'failed');

  return (
    <article className="kb-article" aria-labelledby="kb-article-title" lang={article.locale}>
      <header className="kb-article-header">
        <h3 id="kb-article-title">{article.title}</h3>
        <p className="muted kb-article-meta" lang={i18n.language}>
          {category} · {t('kb.version', { version: article.version, at: formatUpdated(article.updatedAt, i18n.language) })}
        </p>
        {article.tags.length > 0 && (
          <ul className="kb-tags" aria-label={t('kb.tags')}>
            {article.tags.map((tag) => (
              <li key={tag}>{tag}</li>
            ))}
          </ul>
        )}
      </header>
      <div className="row kb-article-actions" lang={i18n.language}>
        <button type="button" onClick={() => void copyBody()}>
          {t('kb.copy')}
        </button>
        {canEdit && (
          <button type="button" className="secondary" onClick={onEdit}>
            {t('kb.edit')}
          </button>
        )}
        <button type="button" className="secondary" onClick={onClose}>
          {t('kb.close')}
        </button>
        <span role="status" className={copy === 'failed' ? 'field-error' : 'kb-copied'}>
          {copy === 'copied' ? t('kb.copied') : copy === 'failed' ? t('kb.copyFailed') : ''}
        </span>
      </div>
      <div className="article-body">{article.body}</div>
    </article>
  );
}
