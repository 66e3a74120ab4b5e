import { createStore } from 'zustand/vanilla';
import type { AgentDeskApi } from '../../../shared/api';
import type { AppErrorValue } from '../../../shared/result';
import { followUpViews, type FollowUpItem, type FollowUpView } from '../../../shared/schemas/workspace';

export interface FollowUpsState {
  view: FollowUpView;
  /** Each tab's list; null until first loaded. All four are loaded together so every tab shows its count. */
  lists: Record<FollowUpView, FollowUpItem[] | null>;
  loading: boolean;
  error: AppErrorValue | null;
  /** The follow-up just marked done, for the confirmation line. */
  completed: FollowUpItem | null;
  setView(view: FollowUpView): void;
  refresh(): Promise<void>;
  /** Marks one done with the agent's note; refreshes the lists. Returns the error, if any. */
  complete(item: FollowUpItem, note: string): Promise<AppErrorValue | null>;
}

const empty = (): Record<FollowUpView, FollowUpItem[] | null> => ({ today: null, overdue: null, upcoming: null, done: null });

/** The follow-up queue's UI state: the chosen tab and the lists read from main. */
export function createFollowUpsStore(api: AgentDeskApi) {
  let generation = 0;
  return createStore<FollowUpsState>()((set, get) => ({
    view: 'today',
    lists: empty(),
    loading: false,
    error: null,
    completed: null,
    setView(view) {
      set({ view });
    },
    async refresh() {
      const mine = ++generation;
      set({ loading: true });
      const replies = await Promise.all(followUpViews.map((view) => api.listFollowUps({ view })));
      if (mine !== generation) return;
      const failed = replies.find((r) => !r.ok);
      if (failed && !failed.ok) {
        set({ loading: false, error: failed.error });
        return;
      }
      const lists = empty();
      followUpViews.forEach((view, i) => {
        const reply = replies[i];
        lists[view] = reply?.ok ? reply.value : [];
      });
      set({ lists, loading: false, error: null });
    },
    async complete(item, note) {
      const reply = await api.completeFollowUp({ id: item.id, note });
      if (!reply.ok) return reply.error;
      set({ completed: item });
      await get().refresh();
      return null;
    },
  }));
}

export type FollowUpsStore = ReturnType<typeof createFollowUpsStore>;
