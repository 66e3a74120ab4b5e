import { createStore } from 'zustand/vanilla';
import type { AgentDeskApi } from '../../../shared/api';
import type { AppErrorValue } from '../../../shared/result';
import type { CaseCursor, CaseSummary } from '../../../shared/schemas/case';

export interface CasesState {
  rows: CaseSummary[];
  next: CaseCursor | null;
  total: number;
  loading: boolean;
  error: AppErrorValue | null;
  refresh(): Promise<void>;
  loadMore(): Promise<void>;
}

const PAGE_SIZE = 50;

/** UI state of the case list; the rows themselves always come from main, page by page. */
export function createCasesStore(api: AgentDeskApi) {
  return createStore<CasesState>()((set, get) => ({
    rows: [],
    next: null,
    total: 0,
    loading: false,
    error: null,
    async refresh() {
      set({ loading: true });
      const result = await api.listCases({ limit: Math.max(PAGE_SIZE, get().rows.length) });
      if (result.ok) set({ rows: result.value.rows, next: result.value.next, total: result.value.total, loading: false, error: null });
      else set({ loading: false, error: result.error });
    },
    async loadMore() {
      const { next, loading } = get();
      if (!next || loading) return;
      set({ loading: true });
      const result = await api.listCases({ limit: PAGE_SIZE, after: next });
      if (result.ok) set((s) => ({ rows: [...s.rows, ...result.value.rows], next: result.value.next, loading: false, error: null }));
      else set({ loading: false, error: result.error });
    },
  }));
}

export type CasesStore = ReturnType<typeof createCasesStore>;
