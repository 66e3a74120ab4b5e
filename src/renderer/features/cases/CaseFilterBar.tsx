import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { savedViews } from '../../../shared/domain/savedViews';
import { caseStatuses, channels, slaStates } from '../../../shared/schemas/case';
import { categories, priorities } from '../../../shared/schemas/domainTerms';
import { hasFilters, type AssigneeFilter, type CaseFilters, type CasesStore } from './casesStore';
import { DateField } from '../../ui/DateTimeField';
import { LimitedInput } from '../../ui/LimitedInput';

/** How long typing pauses before the search runs. */
export const SEARCH_DEBOUNCE_MS = 250;

type ListKey = 'statuses' | 'priorities' | 'channels' | 'categories' | 'slaStates';

const choiceLists: { key: ListKey; label: string; values: readonly string[]; text: (value: string) => string }[] = [
  { key: 'statuses', label: 'cases.filters.status', values: caseStatuses, text: (v) => `statuses.${v}` },
  { key: 'priorities', label: 'cases.filters.priority', values: priorities, text: (v) => `cases.priorities.${v}` },
  { key: 'channels', label: 'cases.filters.channel', values: channels, text: (v) => `channels.${v}` },
  { key: 'categories', label: 'cases.filters.category', values: categories, text: (v) => `cases.categories.${v}` },
  { key: 'slaStates', label: 'cases.filters.sla', values: slaStates, text: (v) => `cases.sla.${v}` },
];

function ChoiceMenu({ store, list }: { store: CasesStore; list: (typeof choiceLists)[number] }) {
  const { t } = useTranslation();
  const chosen = useStore(store, (s) => s.filters[list.key] as readonly string[]);
  const label = t(list.label);
  const toggle = (value: string, on: boolean) => {
    const next = on ? [...chosen, value] : chosen.filter((v) => v !== value);
    void store.getState().setFilters({ [list.key]: list.values.filter((v) => next.includes(v)) } as Partial<CaseFilters>);
  };
  return (
    <details className={`filter-menu${chosen.length ? ' active' : ''}`}>
      <summary>{chosen.length ? t('cases.filters.chosen', { label, count: chosen.length }) : label}</summary>
      <fieldset>
        <legend className="sr-only">{label}</legend>
        {list.values.map((value) => (
          <label key={value} className="check">
            <input type="checkbox" checked={chosen.includes(value)} onChange={(e) => toggle(value, e.target.checked)} />
            {t(list.text(value))}
          </label>
        ))}
      </fieldset>
    </details>
  );
}

const assigneeValue = (a: AssigneeFilter) => (a.kind === 'agent' ? `agent:${a.id}` : a.kind);
const assigneeOf = (value: string): AssigneeFilter => (value.startsWith('agent:') ? { kind: 'agent', id: value.slice(6) } : { kind: value as 'any' | 'me' | 'nobody' });

/** Saved views, search as you type, and a filter for each thing a case may be narrowed by. */
export function CaseFilterBar({ store, searchRef }: { store: CasesStore; searchRef: RefObject<HTMLInputElement | null> }) {
  const { t } = useTranslation();
  const id = useId();
  const filters = useStore(store, (s) => s.filters);
  const view = useStore(store, (s) => s.view);
  const agents = useStore(store, (s) => s.agents);
  const meId = useStore(store, (s) => s.meId);
  const [text, setText] = useState(filters.text);
  const typed = useRef(filters.text);

  // Cleared or set from elsewhere (clear filters, a saved view): the box shows it.
  useEffect(() => {
    if (filters.text !== typed.current) setText((typed.current = filters.text));
  }, [filters.text]);

  useEffect(() => {
    if (text === store.getState().filters.text) return;
    const timer = setTimeout(() => {
      typed.current = text;
      void store.getState().setFilters({ text });
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, store]);

  return (
    <div className="case-filters">
      <div className="saved-views" role="group" aria-label={t('cases.views.label')}>
        {savedViews.map((v) => {
          const needsMe = v === 'myOpen' && meId === null;
          return (
            <button
              key={v}
              type="button"
              className={`chip${view === v ? ' on' : ''}`}
              aria-pressed={view === v}
              disabled={needsMe}
              aria-describedby={needsMe ? `${id}-needs-me` : undefined}
              onClick={() => void store.getState().applyView(v)}
            >
              {t(`cases.views.${v}`)}
            </button>
          );
        })}
        {meId === null && (
          <span id={`${id}-needs-me`} className="muted hint">
            {t('cases.views.needsMe')}
          </span>
        )}
      </div>
      <div className="filter-row" role="search" aria-label={t('cases.filters.label')}>
        <LimitedInput
          ref={searchRef}
          type="search"
          className="case-search"
          aria-label={t('cases.filters.search')}
          placeholder={t('cases.filters.searchPlaceholder')}
          value={text}
          maxLength={100}
          onValue={setText}
        />
        {choiceLists.map((list) => (
          <ChoiceMenu key={list.key} store={store} list={list} />
        ))}
        <label className="inline-field">
          {t('cases.filters.assignee')}
          <select value={assigneeValue(filters.assignee)} onChange={(e) => void store.getState().setFilters({ assignee: assigneeOf(e.target.value) })}>
            <option value="any">{t('cases.filters.anyone')}</option>
            <option value="me" disabled={meId === null}>
              {t('cases.filters.me')}
            </option>
            <option value="nobody">{t('cases.filters.nobody')}</option>
            {agents.map((a) => (
              <option key={a.id} value={`agent:${a.id}`}>
                {a.name} · {a.number}
              </option>
            ))}
          </select>
        </label>
        <DateField
          className="inline-field"
          label={t('cases.filters.createdFrom')}
          value={filters.createdFrom}
          max={filters.createdTo || undefined}
          onChange={(createdFrom) => void store.getState().setFilters({ createdFrom })}
        />
        <DateField
          className="inline-field"
          label={t('cases.filters.createdTo')}
          value={filters.createdTo}
          min={filters.createdFrom || undefined}
          onChange={(createdTo) => void store.getState().setFilters({ createdTo })}
        />
        {hasFilters(filters) && (
          <button type="button" className="secondary small" onClick={() => void store.getState().clearFilters()}>
            {t('cases.filters.clear')}
          </button>
        )}
      </div>
    </div>
  );
}
