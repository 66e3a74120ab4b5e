import { createStore } from 'zustand/vanilla';
import type { AgentDeskApi, AgentOption } from '../../../shared/api';
import { savedViewQuery, type SavedView } from '../../../shared/domain/savedViews';
import type { AppErrorValue, ErrorCode } from '../../../shared/result';
import type { BulkCaseAction } from '../../../shared/schemas/bulkCases';
import type { CaseCursor, CaseSort, CaseStatus, CaseSummary, Channel, ListCasesQuery, SlaState } from '../../../shared/schemas/case';
import type { Category, Priority } from '../../../shared/schemas/domainTerms';

/** Whose cases: anyone's, mine, nobody's, or one named agent's. */
export type AssigneeFilter = { kind: 'any' } | { kind: 'me' } | { kind: 'nobody' } | { kind: 'agent'; id: string };

export interface CaseFilters {
  statuses: CaseStatus[];
  priorities: Priority[];
  channels: Channel[];
  categories: Category[];
  slaStates: SlaState[];
  assignee: AssigneeFilter;
  /** Local calendar days as `<input type="date">` gives them (YYYY-MM-DD), or ''. */
  createdFrom: string;
  createdTo: string;
  text: string;
}

export const noFilters: CaseFilters = { statuses: [], priorities: [], channels: [], categories: [], slaStates: [], assignee: { kind: 'any' }, createdFrom: '', createdTo: '', text: '' };

export type SortDirection = 'asc' | 'desc';

/** The order a sort starts in when its header is first clicked: newest first, or most urgent first. */
export const firstDirection: Record<CaseSort, SortDirection> = { updatedAt: 'desc', createdAt: 'desc', resolutionDue: 'asc' };

export interface BulkFailure {
  caseId: string;
  number: string;
  code: ErrorCode;
}

export interface BulkOutcome {
  action: BulkCaseAction['kind'];
  succeeded: number;
  failures: BulkFailure[];
}

export interface CasesState {
  rows: CaseSummary[];
  next: CaseCursor | null;
  total: number;
  loading: boolean;
  error: AppErrorValue | null;
  filters: CaseFilters;
  sort: CaseSort;
  direction: SortDirection;
  /** The saved view the filters came from, until any of them is changed. */
  view: SavedView | null;
  /** Selected case ids (TanStack's row selection shape). */
  selection: Record<string, true>;
  columnSizing: Record<string, number>;
  agents: AgentOption[];
  meId: string | null;
  agentsLoaded: boolean;
  bulkRunning: boolean;
  bulkOutcome: BulkOutcome | null;
  bulkError: AppErrorValue | null;
  /** The clock SLA badges are read against. */
  now(): number;
  /** Reloads from the first page with the current filters and sort (keeping about as many rows as were loaded). */
  refresh(): Promise<void>;
  /** Appends the next page, if there is one and none is on its way. */
  loadMore(): Promise<void>;
  setFilters(patch: Partial<CaseFilters>): Promise<void>;
  clearFilters(): Promise<void>;
  applyView(view: SavedView): Promise<void>;
  setSort(sort: CaseSort, direction: SortDirection): Promise<void>;
  setSelection(selection: Record<string, true>): void;
  setColumnSizing(sizing: Record<string, number>): void;
  loadAgents(): Promise<void>;
  bulkUpdate(action: BulkCaseAction): Promise<void>;
  dismissBulkOutcome(): void;
}

export const PAGE_SIZE = 50;
const MAX_PAGE = 200;
const MAX_BULK = 500;

/** Midnight starting a local day given as YYYY-MM-DD (undefined for '' or nonsense). */
export function localDayStart(day: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  const at = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime();
  return Number.isNaN(at) || at < 0 ? undefined : at;
}

export function hasFilters(filters: CaseFilters): boolean {
  return (
    filters.statuses.length + filters.priorities.length + filters.channels.length + filters.categories.length + filters.slaStates.length > 0 ||
    filters.assignee.kind !== 'any' ||
    filters.createdFrom !== '' ||
    filters.createdTo !== '' ||
    filters.text.trim() !== ''
  );
}

const some = <T>(values: T[]) => (values.length > 0 ? values : undefined);

/** The list query (without cursor or limit) for these filters and this sort. */
export function queryOf(filters: CaseFilters, sort: CaseSort, direction: SortDirection, meId: string | null): Omit<ListCasesQuery, 'limit' | 'after'> {
  const query: Omit<ListCasesQuery, 'limit' | 'after'> = { sort, direction };
  const lists = { statuses: some(filters.statuses), priorities: some(filters.priorities), channels: some(filters.channels), categories: some(filters.categories), slaStates: some(filters.slaStates) };
  for (const [key, value] of Object.entries(lists)) if (value) Object.assign(query, { [key]: value });
  const { assignee } = filters;
  if (assignee.kind === 'nobody') query.assigneeId = null;
  else if (assignee.kind === 'agent') query.assigneeId = assignee.id;
  else if (assignee.kind === 'me') query.assigneeId = meId ?? null;
  const from = localDayStart(filters.createdFrom);
  const to = localDayStart(filters.createdTo);
  if (from !== undefined) query.createdFrom = from;
  // The whole last day counts: up to the millisecond before the next midnight.
  if (to !== undefined) query.createdTo = new Date(new Date(to).setDate(new Date(to).getDate() + 1)).getTime() - 1;
  const text = filters.text.trim().slice(0, 100);
  if (text) query.text = text;
  return query;
}

/** A saved view as list filters and sort (the view's own query, read back into the filter bar). */
export function viewState(view: SavedView, meId: string | null): { filters: CaseFilters; sort: CaseSort; direction: SortDirection } {
  const query = savedViewQuery(view, meId);
  const sort = query.sort ?? 'updatedAt';
  return {
    filters: {
      ...noFilters,
      statuses: query.statuses ? [...query.statuses] : [],
      slaStates: query.slaStates ? [...query.slaStates] : [],
      assignee: query.assigneeId === undefined ? { kind: 'any' } : query.assigneeId === null ? { kind: 'nobody' } : query.assigneeId === meId ? { kind: 'me' } : { kind: 'agent', id: query.assigneeId },
    },
    sort,
    direction: query.direction ?? firstDirection[sort],
  };
}

/**
 * UI state of the case list: filters, sort, selection, column sizes and the rows loaded so far.
 * The rows always come from main, a page at a time (keyset cursor), never all at once; a reply to
 * a query that has since changed is dropped.
 */
export function createCasesStore(api: AgentDeskApi, options: { now?: () => number } = {}) {
  let generation = 0;

  return createStore<CasesState>()((set, get) => {
    /** Loads the first page of the current query, replacing the rows. */
    async function reload(limit = PAGE_SIZE) {
      const mine = ++generation;
      set({ loading: true });
      const { filters, sort, direction, meId } = get();
      const result = await api.listCases({ ...queryOf(filters, sort, direction, meId), limit });
      if (mine !== generation) return;
      if (result.ok) set({ rows: result.value.rows, next: result.value.next, total: result.value.total, loading: false, error: null });
      else set({ loading: false, error: result.error });
    }

    /** A new query: back to the first page, nothing selected. */
    function requery(patch: Partial<CasesState>) {
      set({ ...patch, selection: {}, rows: [], next: null });
      return reload();
    }

    return {
      rows: [],
      next: null,
      total: 0,
      loading: false,
      error: null,
      filters: noFilters,
      sort: 'updatedAt',
      direction: 'desc',
      view: null,
      selection: {},
      columnSizing: {},
      agents: [],
      meId: null,
      agentsLoaded: false,
      bulkRunning: false,
      bulkOutcome: null,
      bulkError: null,
      now: options.now ?? Date.now,
      refresh: () => reload(Math.min(MAX_PAGE, Math.max(PAGE_SIZE, get().rows.length))),
      async loadMore() {
        const { next, loading, filters, sort, direction, meId } = get();
        if (!next || loading) return;
        const mine = generation;
        set({ loading: true });
        const result = await api.listCases({ ...queryOf(filters, sort, direction, meId), limit: PAGE_SIZE, after: next });
        if (mine !== generation) return;
        if (result.ok) set((s) => ({ rows: [...s.rows, ...result.value.rows], next: result.value.next, loading: false, error: null }));
        else set({ loading: false, error: result.error });
      },
      setFilters: (patch) => requery({ filters: { ...get().filters, ...patch }, view: null }),
      clearFilters: () => requery({ filters: noFilters, view: null }),
      applyView: (view) => requery({ ...viewState(view, get().meId), view }),
      setSort: (sort, direction) => requery({ sort, direction }),
      setSelection: (selection) => set({ selection }),
      setColumnSizing: (columnSizing) => set({ columnSizing }),
      async loadAgents() {
        const result = await api.listAgents();
        if (result.ok) set({ agents: result.value.agents, meId: result.value.meId, agentsLoaded: true });
      },
      async bulkUpdate(action) {
        const { selection, rows, bulkRunning } = get();
        const ids = Object.keys(selection);
        if (ids.length === 0 || bulkRunning) return;
        const numberOf = new Map(rows.map((r) => [r.id, r.number]));
        set({ bulkRunning: true, bulkOutcome: null, bulkError: null });
        let succeeded = 0;
        const failures: BulkFailure[] = [];
        for (let start = 0; start < ids.length; start += MAX_BULK) {
          const result = await api.bulkUpdateCases({ caseIds: ids.slice(start, start + MAX_BULK), action });
          if (!result.ok) {
            set({ bulkRunning: false, bulkError: result.error, bulkOutcome: succeeded || failures.length ? { action: action.kind, succeeded, failures } : null });
            await get().refresh();
            return;
          }
          for (const r of result.value.results) {
            if (r.ok) succeeded++;
            else failures.push({ caseId: r.caseId, number: numberOf.get(r.caseId) ?? r.caseId, code: r.code ?? 'internal' });
          }
        }
        // What failed stays selected, so it can be looked at or tried again.
        set({ bulkRunning: false, bulkOutcome: { action: action.kind, succeeded, failures }, selection: Object.fromEntries(failures.map((f) => [f.caseId, true as const])) });
        await get().refresh();
      },
      dismissBulkOutcome: () => set({ bulkOutcome: null, bulkError: null }),
    };
  });
}

export type CasesStore = ReturnType<typeof createCasesStore>;
