import { useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { BulkActions, BulkOutcomeReport } from './BulkActions';
import { CaseFilterBar } from './CaseFilterBar';
import { CaseGrid } from './CaseGrid';
import { hasFilters, type CasesStore } from './casesStore';
import { CellEnvContext } from './cellEnv';
import './cases.css';

const editable = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** The agent's case list: saved views, filters, search as you type, a virtualized grid paged from the store, bulk actions. */
export function CaseList({ store, onOpen }: { store: CasesStore; onOpen?(caseId: string): void }) {
  const { t, i18n } = useTranslation();
  const cellEnv = useMemo(() => ({ t, language: i18n.language, now: store.getState().now }), [t, i18n.language, store]);
  const id = useId();
  const titleId = `${id}-title`;
  const rows = useStore(store, (s) => s.rows);
  const total = useStore(store, (s) => s.total);
  const loading = useStore(store, (s) => s.loading);
  const error = useStore(store, (s) => s.error);
  const filtered = useStore(store, (s) => hasFilters(s.filters));
  const agentsLoaded = useStore(store, (s) => s.agentsLoaded);
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!agentsLoaded) void store.getState().loadAgents();
  }, [agentsLoaded, store]);

  // "/" (outside a text field) or Ctrl+F jumps to the list's search box.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const find = (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'f';
      if (find || (event.key === '/' && !event.ctrlKey && !event.metaKey && !editable(event.target))) {
        event.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const empty = rows.length === 0 && !loading && !error;
  return (
    <section className="panel case-list" aria-labelledby={titleId}>
      <header className="panel-header">
        <h2 id={titleId}>{t('caseList.title')}</h2>
        <span className="muted case-counts">
          <span data-testid="case-total">{t('caseList.total', { count: total })}</span>
          {rows.length > 0 && rows.length < total && <span className="case-loaded"> · {t('cases.loaded', { loaded: rows.length })}</span>}
        </span>
      </header>
      <CaseFilterBar store={store} searchRef={searchRef} />
      <BulkActions store={store} />
      <BulkOutcomeReport store={store} />
      {error && (
        <div role="alert" className="error-banner">
          {t(`errors.${error.code}`)}{' '}
          <button type="button" className="link" onClick={() => void store.getState().refresh()}>
            {t('cases.retry')}
          </button>
        </div>
      )}
      {rows.length === 0 && loading && (
        <p className="empty-state" role="status">
          {t('caseList.loading')}
        </p>
      )}
      {empty &&
        (filtered ? (
          <div className="empty-state" role="status">
            <p>{t('cases.emptyFiltered')}</p>
            <button type="button" className="secondary" onClick={() => void store.getState().clearFilters()}>
              {t('cases.filters.clear')}
            </button>
          </div>
        ) : (
          <p className="empty-state">{t('caseList.empty')}</p>
        ))}
      {rows.length > 0 && (
        <CellEnvContext.Provider value={cellEnv}>
          <p className="sr-only" id={`${id}-hint`}>
            {t('cases.grid.hint')}
          </p>
          <CaseGrid store={store} labelledBy={titleId} describedBy={`${id}-hint`} onOpen={onOpen} />
        </CellEnvContext.Provider>
      )}
    </section>
  );
}
