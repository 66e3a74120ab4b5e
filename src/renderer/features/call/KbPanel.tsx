import { memo, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../apiContext';
import { HitText } from '../../ui/HitText';
import { useSearch } from '../../ui/useSearch';

/** Knowledge-base answers for the call (Alt+K); "insert" appends the article to the reply being written. */
export const KbPanel = memo(function KbPanel({ onInsert, inputRef }: { onInsert(articleId: string, text: string): void; inputRef?: Ref<HTMLInputElement> }) {
  const { t } = useTranslation();
  const api = useApi();
  const [text, setText] = useState('');
  const search = useSearch(text, { kinds: ['article'], limit: 6 });
  const hits = search.error ? [] : (search.hits ?? []);
  const insert = async (id: string) => {
    const reply = await api.getArticle({ articleId: id });
    if (reply.ok) onInsert(id, reply.value.body);
  };
  return (
    <section className="panel kb-panel" aria-labelledby="kb-title">
      <h3 id="kb-title">{t('call.kb.title')}</h3>
      <input ref={inputRef} type="search" aria-label={t('call.kb.placeholder')} placeholder={t('call.kb.placeholder')} value={text} onChange={(e) => setText(e.target.value)} />
      {!text.trim() ? (
        <p className="muted">{t('call.kb.empty')}</p>
      ) : hits.length === 0 ? (
        <p className="muted">{t('call.kb.none')}</p>
      ) : (
        <ul className="kb-hits">
          {hits.map((hit) => (
            <li key={hit.id}>
              <strong>
                <HitText parts={hit.title} />
              </strong>
              {hit.snippet.length > 0 && (
                <p className="hit-snippet">
                  <HitText parts={hit.snippet} />
                </p>
              )}
              <button type="button" className="secondary small" onClick={() => void insert(hit.id)}>
                {t('call.kb.insert')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
