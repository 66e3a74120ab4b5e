import { hashPassword } from '../../src/node/passwords';
import { eventChannelOf } from '../../src/shared/channels';
import type { SignedInAgent, SyncStatus } from '../../src/shared/schemas/sync';
import type { realBridge } from '../support/realBridge';

type Backend = ReturnType<typeof realBridge>;

/** Nothing listens on the discard port: a sign-in or sync there fails at once like a dropped network. */
export const UNREACHABLE_SERVER = 'http://127.0.0.1:9/';

export const agentLiMing: SignedInAgent = { id: '00000000-0000-7000-8000-000000001001', number: '1001', name: '李明', role: 'agent', branchId: 'b1', teamId: null, offline: false };

/** Li Ming as the acting agent of a desktop signed in to its server (the sign-in itself stubbed or offline). */
export const actingLiMing = () => ({ agentId: agentLiMing.id, role: agentLiMing.role, placement: { branchId: agentLiMing.branchId, teamId: agentLiMing.teamId } });

export function syncStatus(patch: Partial<SyncStatus> = {}): SyncStatus {
  return { phase: 'idle', pending: 0, rejected: 0, indexing: 0, setAside: 0, lastSyncAt: null, lastError: null, nextAttemptAt: null, ...patch };
}

/** Sends a status from "main", as the sync client does on every phase change. */
export function emitStatus(backend: Backend, status: SyncStatus): void {
  backend.emit(eventChannelOf.onSyncStatus, status);
}

/** An agent who signed in on this desktop before, so they can sign in offline (cheap scrypt cost: the cost is kept in the hash). */
export async function saveOfflineLogin(backend: Backend, agent: SignedInAgent, password: string): Promise<void> {
  const hash = await hashPassword(password, { N: 1024, r: 8, p: 1 });
  backend.services
    .rawDb()
    .prepare('INSERT INTO local_logins (number, agent, password_hash, last_login_at) VALUES (?, ?, ?, ?)')
    .run(agent.number, JSON.stringify(agent), hash, Date.now());
  // …and the server confirmed the account just now, so the offline sign-in window is open.
  backend.services.rawDb().prepare('INSERT INTO offline_login_checks (number, last_online_at) VALUES (?, ?)').run(agent.number, Date.now());
}

/** A case made through the real services, for tests that need one to point at. */
export async function createCase(backend: Backend, subject: string): Promise<{ id: string; number: string }> {
  const created = await backend.api.createCase({ customerName: '周女士', customerPhone: '13700001111', channel: 'phone', subject });
  if (!created.ok) throw new Error(created.error.message);
  return created.value;
}
