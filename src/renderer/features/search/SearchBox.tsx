import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/schemas/search';
import { HitText } from '../../ui/HitText';
import { useSearch } from '../../ui/useSearch';

const DEBOUNCE_MS = 120;

/**
 * Search as you type (Ctrl+K): cases, customers and knowledge-base articles, best first, hits marked.
 * Arrow keys move, Enter opens, Escape closes. Answers to older keystrokes are dropped.
 */
export function SearchBox({ onOpen }: { onOpen(hit: SearchHit): void }) {
  const { t } = useTranslation();
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const search = useSearch(text, { delayMs: DEBOUNCE_MS });
  const error = search.error;
  const hits = error ? [] : (search.hits ?? []);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Each answer starts the highlight again at the best hit.
  const [answered, setAnswered] = useState(search);
  if (answered !== search) {
    setAnswered(search);
    if (search.hits !== null || search.error !== null) setActive(0);
  }

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    setOpen(false);
    onOpen(hit);
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, hits.length - 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (event.key === 'Enter') choose(hits[active]);
    else if (event.key === 'Escape') setOpen(false);
    else return;
    event.preventDefault();
  };

  const showList = open && text.trim().length > 0;
  return (
    <div className="search">
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-label={t('search.label')}
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && hits[active] ? `${listId}-${active}` : undefined}
        placeholder={t('search.placeholder')}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <ul id={listId} role="listbox" className="search-results" aria-label={t('search.results')}>
          {error && <li className="error-banner">{t(`errors.${error.code}`)}</li>}
          {!error && hits.length === 0 && <li className="empty-state">{t('search.none', { text: text.trim() })}</li>}
          {hits.map((hit, i) => (
            <li
              key={`${hit.kind}:${hit.id}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(hit)}
            >
              <span className={`kind kind-${hit.kind}`}>{t(`search.kinds.${hit.kind}`)}</span>
              <span className="hit-title">
                <HitText parts={hit.title} />
              </span>
              <span className="hit-detail muted">
                <HitText parts={hit.detail} />
                {hit.phoneMasked && <span> · {hit.phoneMasked}</span>}
                {hit.status && <span> · {t(`statuses.${hit.status}`)}</span>}
              </span>
              {hit.snippet.length > 0 && (
                <span className="hit-snippet">
                  <HitText parts={hit.snippet} />
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
