import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../shared/api';
import type { AppErrorValue } from '../../../shared/result';
import { kbCategories, type KbCategory } from '../../../shared/schemas/domainTerms';
import { useApi } from '../../apiContext';
import { FieldError } from '../../ui/FieldError';
import { LimitedInput, LimitedTextArea } from '../../ui/LimitedInput';

const locales = ['zh-CN', 'en'] as const;
type ArticleLocale = (typeof locales)[number];

/** Writes a new article or a new version of one (leads and admins); a stale base version is refused by main as a conflict. */
export function ArticleEditor({
  article,
  defaults,
  onSaved,
  onCancel,
  onReload,
}: {
  /** The article as the editor opened it; null: a new article. */
  article: Article | null;
  defaults: { category: KbCategory; locale: ArticleLocale };
  onSaved(article: Article): void;
  onCancel(): void;
  /** Drops the edit and opens the latest version (after a conflict). */
  onReload(): void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [title, setTitle] = useState(article?.title ?? '');
  const [category, setCategory] = useState<KbCategory>(kbCategories.includes(article?.category as KbCategory) ? (article!.category as KbCategory) : defaults.category);
  const [locale, setLocale] = useState<ArticleLocale>(article?.locale === 'en' ? 'en' : article ? 'zh-CN' : defaults.locale);
  const [tags, setTags] = useState((article?.tags ?? []).join(', '));
  const [body, setBody] = useState(article?.body ?? '');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppErrorValue | null>(null);

  const issueOf = (field: string) => error?.issues?.find((i) => i.path === field || i.path.startsWith(`${field}.`));
  const fieldError = (field: string) => <FieldError issue={issueOf(field)} id={`${id}-${field}-error`} />;
  const described = (field: string) => (issueOf(field) ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-${field}-error` } : {});

  const save = async () => {
    setSaving(true);
    setError(null);
    const reply = await api.saveArticle({
      ...(article ? { id: article.id, baseVersion: article.version } : {}),
      category,
      locale,
      title,
      body,
      tags: tags
        .split(/[,，、]/)
        .map((tag) => tag.trim())
        .filter(Boolean),
    });
    setSaving(false);
    if (reply.ok) onSaved(reply.value);
    else setError(reply.error);
  };

  const message = error ? (error.code === 'conflict' ? t('kb.editor.conflict') : error.code === 'forbidden' ? t('kb.editor.forbidden') : t(`errors.${error.code}`)) : null;
  return (
    <form
      className="kb-editor"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3 id={`${id}-title`}>{article ? t('kb.editor.editTitle', { version: article.version }) : t('kb.editor.newTitle')}</h3>
      <div className="field">
        <label htmlFor={`${id}-t`}>{t('kb.editor.title')}</label>
        <LimitedInput id={`${id}-t`} value={title} maxLength={200} aria-required="true" onValue={setTitle} {...described('title')} />
        {fieldError('title')}
      </div>
      <div className="grid-2">
        <div className="field">
          <label htmlFor={`${id}-c`}>{t('kb.editor.category')}</label>
          <select id={`${id}-c`} value={category} onChange={(e) => setCategory(e.target.value as KbCategory)}>
            {kbCategories.map((c) => (
              <option key={c} value={c}>
                {t(`kb.categories.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-l`}>{t('kb.editor.locale')}</label>
          <select id={`${id}-l`} value={locale} onChange={(e) => setLocale(e.target.value as ArticleLocale)}>
            {locales.map((l) => (
              <option key={l} value={l}>
                {t(`kb.locales.${l}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-g`}>{t('kb.editor.tags')}</label>
        <input id={`${id}-g`} value={tags} placeholder={t('kb.editor.tagsHint')} onChange={(e) => setTags(e.target.value)} {...described('tags')} />
        {fieldError('tags')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-b`}>{t('kb.editor.body')}</label>
        <LimitedTextArea id={`${id}-b`} rows={14} value={body} maxLength={50_000} aria-required="true" onValue={setBody} {...described('body')} />
        {fieldError('body')}
      </div>
      {message && (
        <p role="alert" className="error-banner">
          {message}
          {error?.code === 'conflict' && (
            <button type="button" className="link" onClick={onReload}>
              {t('kb.editor.reload')}
            </button>
          )}
        </p>
      )}
      <div className="row">
        <button type="submit" disabled={saving}>
          {saving ? t('kb.editor.saving') : t('kb.editor.save')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('kb.editor.cancel')}
        </button>
      </div>
    </form>
  );
}
