import { createStore } from 'zustand/vanilla';
import type { AgentDeskApi } from '../../../shared/api';
import type { Result } from '../../../shared/result';
import type { LoginInput, RejectedChange, SignedInAgent, SyncPhase, SyncStatus } from '../../../shared/schemas/sync';

export interface SyncState {
  /** Main's last word on sync; null until the first answer. */
  status: SyncStatus | null;
  /** From settings: null means standalone (no sign-in, no sync). */
  serverUrl: string | null;
  /** Who is signed in; undefined until asked. */
  agent: SignedInAgent | null | undefined;
  rejected: RejectedChange[];
  /** A "sync now" this window asked for is running. */
  syncing: boolean;
  /** The agent chose "later" on the sign-in dialog (until signed out again). */
  signInDismissed: boolean;
  load(): Promise<void>;
  receive(status: SyncStatus): void;
  refresh(): Promise<void>;
  syncNow(): Promise<void>;
  loadRejected(): Promise<void>;
  login(input: LoginInput): Promise<Result<SignedInAgent>>;
  logout(): Promise<void>;
  serverChanged(serverUrl: string | null): Promise<void>;
  dismissSignIn(): void;
  openSignIn(): void;
}

/** Sync status, sign-in and refused changes: the badge, the panel and the sign-in dialog read this. */
export function createSyncStore(api: AgentDeskApi) {
  return createStore<SyncState>()((set, get) => ({
    status: null,
    serverUrl: null,
    agent: undefined,
    rejected: [],
    syncing: false,
    signInDismissed: false,
    async load() {
      const [settings, status, agent] = await Promise.all([api.getSettings(), api.getSyncStatus(), api.getSignedInAgent()]);
      set({
        ...(settings.ok ? { serverUrl: settings.value.serverUrl } : {}),
        ...(status.ok ? { status: status.value } : {}),
        agent: agent.ok ? agent.value : null,
      });
      if (status.ok && status.value.rejected > 0) await get().loadRejected();
    },
    receive(status) {
      const before = get().status;
      // A token the server refused: main has ended the session, and the sign-in dialog comes back even if "later" was chosen.
      set({ status, ...(status.phase === 'signedOut' && before?.phase !== 'signedOut' ? { signInDismissed: false, agent: null } : {}) });
      if (status.rejected !== (before?.rejected ?? 0)) void get().loadRejected();
    },
    async refresh() {
      const reply = await api.getSyncStatus();
      if (reply.ok) get().receive(reply.value);
    },
    async syncNow() {
      if (get().syncing || get().serverUrl === null) return;
      set({ syncing: true });
      const reply = await api.syncNow();
      set({ syncing: false });
      if (reply.ok) get().receive(reply.value);
      await get().loadRejected();
    },
    async loadRejected() {
      const reply = await api.listRejectedChanges();
      if (reply.ok) set({ rejected: reply.value });
    },
    async login(input) {
      const reply = await api.login(input);
      if (!reply.ok) return reply;
      set({ agent: reply.value, signInDismissed: false });
      const status = await api.getSyncStatus();
      if (status.ok) set({ status: status.value });
      return reply;
    },
    async logout() {
      await api.logout();
      set({ agent: null, signInDismissed: false });
      const status = await api.getSyncStatus();
      if (status.ok) set({ status: status.value });
    },
    async serverChanged(serverUrl) {
      set({ serverUrl, signInDismissed: false });
      await get().load();
    },
    dismissSignIn: () => set({ signInDismissed: true }),
    openSignIn: () => set({ signInDismissed: false }),
  }));
}

export type SyncStore = ReturnType<typeof createSyncStore>;

/** What the badge shows: main's phase, except that a configured server with nobody signed in is "signed out". */
export function shownPhase(state: Pick<SyncState, 'status' | 'serverUrl' | 'agent' | 'syncing'>): SyncPhase | null {
  if (!state.status) return null;
  if (state.serverUrl === null || state.status.phase === 'standalone') return 'standalone';
  if (state.agent === null || state.status.phase === 'signedOut') return 'signedOut';
  if (state.syncing) return 'syncing';
  return state.status.phase;
}

/** The sign-in dialog shows when a server is set up and nobody (or an expired token) is signed in. */
export function needsSignIn(state: Pick<SyncState, 'status' | 'serverUrl' | 'agent' | 'signInDismissed'>): boolean {
  if (state.serverUrl === null || state.agent === undefined || state.signInDismissed) return false;
  return state.agent === null || state.status?.phase === 'signedOut';
}
