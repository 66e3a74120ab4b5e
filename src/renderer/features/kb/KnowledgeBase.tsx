import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../shared/api';
import type { AppErrorValue } from '../../../shared/result';
import { kbCategories, type KbCategory } from '../../../shared/schemas/domainTerms';
import type { SearchHit } from '../../../shared/schemas/search';
import type { ArticleSummary } from '../../../shared/schemas/workspace';
import { useApi } from '../../apiContext';
import { HitText } from '../../ui/HitText';
import { useApiQuery } from '../../ui/useApiQuery';
import { useSearch } from '../../ui/useSearch';
import { ArticleEditor } from './ArticleEditor';
import { ArticleView } from './ArticleView';
import { systemClipboard, type ClipboardTarget } from '../../ui/clipboard';
import { formatUpdated } from './formatUpdated';
import './kb.css';

type LocaleFilter = 'all' | 'zh-CN' | 'en';
type Editing = null | 'new' | 'edit';

const plain = (parts: SearchHit['detail']) => parts.map((p) => p.text).join('');

/** The knowledge base: browse by category, search, read, copy into a reply; leads and admins edit. */
export function KnowledgeBase({ articleId, onArticleChange, clipboard = systemClipboard }: { articleId: string | null; onArticleChange(articleId: string | null): void; clipboard?: ClipboardTarget }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const id = useId();
  const [category, setCategory] = useState<KbCategory | null>(null);
  const [localeFilter, setLocaleFilter] = useState<LocaleFilter>('all');
  const [text, setText] = useState('');
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  const [listError, setListError] = useState<AppErrorValue | null>(null);
  const [article, setArticle] = useState<Article | null>(null);
  const [articleError, setArticleError] = useState<AppErrorValue | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [saved, setSaved] = useState<Article | null>(null);
  const [listVersion, setListVersion] = useState(0);

  // Leads and admins edit; main refuses anyone else with `forbidden` whatever this screen shows.
  const signedIn = useApiQuery((bridge) => bridge.getSignedInAgent(), []);
  const canEdit = signedIn.state === 'loaded' && signedIn.value !== null && (signedIn.value.role === 'lead' || signedIn.value.role === 'admin');

  useEffect(() => {
    let live = true;
    setListError(null);
    void api.listArticles({ ...(category ? { category } : {}), ...(localeFilter !== 'all' ? { locale: localeFilter } : {}) }).then((r) => {
      if (!live) return;
      if (r.ok) setArticles(r.value);
      else setListError(r.error);
    });
    return () => {
      live = false;
    };
  }, [api, category, localeFilter, listVersion]);

  const search = useSearch(text, { kinds: ['article'], limit: 50, delayMs: 150, refresh: listVersion });
  const hits = search.hits;
  // A failed search shows in the list's banner, until the list is asked for again.
  useEffect(() => {
    if (search.error) setListError(search.error);
  }, [search.error]);

  const load = useCallback(
    (wanted: string | null) => {
      let live = true;
      setArticleError(null);
      setArticle((current) => (current?.id === wanted ? current : null));
      if (!wanted) {
        setArticle(null);
        return () => undefined;
      }
      void api.getArticle({ articleId: wanted }).then((r) => {
        if (!live) return;
        if (r.ok) setArticle(r.value);
        else {
          setArticle(null);
          setArticleError(r.error);
        }
      });
      return () => {
        live = false;
      };
    },
    [api],
  );
  useEffect(() => {
    setEditing((e) => (e === 'new' && articleId === null ? e : null));
    return load(articleId);
  }, [articleId, load]);

  const open = (next: string) => {
    setSaved(null);
    if (next === articleId) load(next);
    else onArticleChange(next);
  };

  const shownHits = hits?.filter((hit) => !category || plain(hit.detail) === category) ?? null;
  const searching = shownHits !== null;
  const categoryName = (c: string) => t(`kb.categories.${c}`, { defaultValue: c });

  return (
    <main className="kb-page" aria-labelledby={`${id}-heading`}>
      <section className="panel kb-browse" aria-labelledby={`${id}-heading`}>
        <div className="panel-header">
          <h2 id={`${id}-heading`}>{t('kb.title')}</h2>
          {canEdit && (
            <button
              type="button"
              className="secondary small"
              onClick={() => {
                setSaved(null);
                setEditing('new');
                if (articleId) onArticleChange(null);
              }}
            >
              {t('kb.newArticle')}
            </button>
          )}
        </div>
        <label htmlFor={`${id}-search`} className="kb-label">
          {t('kb.searchLabel')}
        </label>
        <input id={`${id}-search`} type="search" value={text} placeholder={t('kb.searchPlaceholder')} onChange={(e) => setText(e.target.value)} />
        <div className="kb-categories" role="group" aria-label={t('kb.categoriesLabel')}>
          <button type="button" className="kb-category" aria-pressed={category === null} onClick={() => setCategory(null)}>
            {t('kb.allCategories')}
          </button>
          {kbCategories.map((c) => (
            <button key={c} type="button" className="kb-category" aria-pressed={category === c} onClick={() => setCategory(c)}>
              {categoryName(c)}
            </button>
          ))}
        </div>
        {!searching && (
          <>
            <label htmlFor={`${id}-locale`} className="kb-label">
              {t('kb.localeLabel')}
            </label>
            <select id={`${id}-locale`} value={localeFilter} onChange={(e) => setLocaleFilter(e.target.value as LocaleFilter)}>
              <option value="all">{t('kb.locales.all')}</option>
              <option value="zh-CN">{t('kb.locales.zh-CN')}</option>
              <option value="en">{t('kb.locales.en')}</option>
            </select>
          </>
        )}
        {listError && (
          <p role="alert" className="error-banner">
            {t('kb.loadFailed', { reason: t(`errors.${listError.code}`) })}
          </p>
        )}
        {searching ? (
          shownHits.length === 0 ? (
            <p className="empty-state">{t('kb.noHits', { text: text.trim() })}</p>
          ) : (
            <ul className="kb-list" aria-label={t('kb.hitsLabel', { count: shownHits.length })}>
              {shownHits.map((hit) => (
                <li key={hit.id}>
                  <button type="button" className="kb-item" aria-current={hit.id === articleId || undefined} onClick={() => open(hit.id)}>
                    <span className="kb-item-title">
                      <HitText parts={hit.title} />
                    </span>
                    <span className="muted kb-item-meta">{categoryName(plain(hit.detail))}</span>
                    {hit.snippet.length > 0 && (
                      <span className="hit-snippet">
                        <HitText parts={hit.snippet} />
                      </span>
                    )}
                  </button>
                </li>
              ))}
            </ul>
          )
        ) : articles === null ? (
          !listError && <p className="empty-state">{t('kb.loading')}</p>
        ) : articles.length === 0 ? (
          <p className="empty-state">{category ? t('kb.emptyCategory', { category: categoryName(category) }) : t('kb.empty')}</p>
        ) : (
          <ul className="kb-list" aria-label={category ? categoryName(category) : t('kb.allCategories')}>
            {articles.map((a) => (
              <li key={a.id}>
                <button type="button" className="kb-item" aria-current={a.id === articleId || undefined} onClick={() => open(a.id)}>
                  <span className="kb-item-title" lang={a.locale}>
                    {a.title}
                  </span>
                  <span className="muted kb-item-meta">
                    {categoryName(a.category)} · {t('kb.version', { version: a.version, at: formatUpdated(a.updatedAt, i18n.language) })}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="panel kb-reader" aria-label={t('kb.readerLabel')}>
        {saved && (
          <p role="status" className="success-banner">
            {t('kb.saved', { version: saved.version })}
          </p>
        )}
        {editing === 'new' ? (
          <ArticleEditor
            key="new"
            article={null}
            defaults={{ category: category ?? 'product', locale: i18n.language === 'en' ? 'en' : 'zh-CN' }}
            onCancel={() => setEditing(null)}
            onReload={() => setEditing(null)}
            onSaved={(next) => {
              setEditing(null);
              setSaved(next);
              setListVersion((v) => v + 1);
              onArticleChange(next.id);
            }}
          />
        ) : editing === 'edit' && article ? (
          <ArticleEditor
            key={`${article.id}-${article.version}`}
            article={article}
            defaults={{ category: 'product', locale: 'zh-CN' }}
            onCancel={() => setEditing(null)}
            onReload={() => {
              setEditing(null);
              load(article.id);
            }}
            onSaved={(next) => {
              setEditing(null);
              setSaved(next);
              setArticle(next);
              setListVersion((v) => v + 1);
            }}
          />
        ) : articleError ? (
          <p role="alert" className="error-banner">
            {t('kb.articleFailed', { reason: t(`errors.${articleError.code}`) })}
          </p>
        ) : article ? (
          <ArticleView
            article={article}
            canEdit={canEdit}
            clipboard={clipboard}
            onEdit={() => {
              setSaved(null);
              setEditing('edit');
            }}
            onClose={() => onArticleChange(null)}
          />
        ) : articleId ? (
          <p className="empty-state">{t('kb.articleLoading')}</p>
        ) : (
          <p className="empty-state">{t('kb.pick')}</p>
        )}
      </section>
    </main>
  );
}
