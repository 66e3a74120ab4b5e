import { useEffect } from 'react';
import type { AgentDeskApi } from '../../../shared/api';
import type { SyncStore } from './syncStore';

/** How often the count of changes waiting is re-read: main announces phase changes, not each local save. */
const REFRESH_MS = 10_000;

/** Loads the sync state, follows main's status events, and syncs on Ctrl+Shift+S and when the network comes back. */
export function useSyncTriggers(api: AgentDeskApi, store: SyncStore): void {
  useEffect(() => {
    void store.getState().load();
    const timer = setInterval(() => {
      if (store.getState().serverUrl !== null) void store.getState().refresh();
    }, REFRESH_MS);
    const unsubscribe = api.onSyncStatus((status) => store.getState().receive(status));
    return () => {
      clearInterval(timer);
      unsubscribe();
    };
  }, [api, store]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && (event.code === 'KeyS' || event.key.toLowerCase() === 's')) {
        event.preventDefault();
        void store.getState().syncNow();
      }
    };
    const onOnline = () => void store.getState().syncNow();
    window.addEventListener('keydown', onKey);
    window.addEventListener('online', onOnline);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('online', onOnline);
    };
  }, [store]);
}
