import type { AuthedAgent } from '../auth/authedAgent';
import { clampHlc } from '../../shared/domain/hlc';
import type { MutationResult, PushRequest, PushResponse } from '../../shared/sync/protocol';
import type { ServerDb, Tx } from '../storage/serverDb';
import { applyMutation, Rejection } from './applyMutation';
import { agentsOfClient, claimClientId } from './deviceClients';
import { RecordCache, type FlushedRecord } from './recordCache';
import { checkServerId } from './serverHistory';

/** How far ahead of the server's clock a desktop's timestamp may be before it is pulled back. */
export const MAX_CLOCK_AHEAD_MS = 60_000;

/** A batch whose first new seq is not the one after the last the server holds: nothing is applied. */
export class SeqGapError extends Error {
  constructor(readonly lastSeq: number, readonly got: number) {
    super(`expected mutation ${lastSeq + 1}, got ${got}`);
  }
}

/** A push under a client id another device registered (without its device secret): refused whole (403). */
export class ClientIdTakenError extends Error {
  constructor(readonly clientId: string) {
    super(`client id ${clientId} belongs to another device; push from that device or use this device's own client id`);
  }
}

export interface PushLog {
  clockClamped(clientId: string, hlc: string): void;
  /** After the batch has committed: every record it wrote (for the live notices). */
  committed?(records: readonly FlushedRecord[]): void;
}

/**
 * Applies a desktop's batch in one transaction: mutations at or below the seq the server holds
 * for that desktop are answered as duplicates (with their first outcome), the rest must follow
 * on without a gap, and each is applied whole or rejected whole (recorded, acknowledged, never
 * blocking the queue). Every record a mutation touched gets a new change number, so every
 * desktop — the writer included — pulls the merged row.
 */
export async function pushMutations(db: ServerDb, agent: AuthedAgent, request: PushRequest, now: number, log?: PushLog): Promise<PushResponse> {
  let written: readonly FlushedRecord[] = [];
  const answer = await db.write(async (tx) => {
    const serverId = await checkServerId(tx, request.serverId);
    // A client id belongs to the device holding its secret; nobody else may advance its seq.
    if (!(await claimClientId(tx, request.clientId, request.deviceSecret, agent.id, now))) throw new ClientIdTakenError(request.clientId);
    const [client] = await tx.all<{ last_seq: number }>('SELECT last_seq FROM sync_clients WHERE client_id = $1', [request.clientId]);
    const deviceAgents = await agentsOfClient(tx, request.clientId);
    let lastSeq = client ? Number(client.last_seq) : 0;
    const mutations = [...request.mutations].sort((a, b) => a.seq - b.seq);
    const received = await receivedIds(tx, mutations.filter((m) => m.seq > lastSeq).map((m) => m.id));
    const results: MutationResult[] = [];
    const cache = new RecordCache(tx);
    await cache.prefetch(mutations.filter((m) => m.seq > lastSeq).flatMap((m) => m.effects.map((e) => ({ tbl: e.t, pk: e.k }))));
    const outcomes: { seq: number; id: string; name: string; status: string; reason: string | null }[] = [];

    for (const mutation of mutations) {
      if (mutation.seq <= lastSeq) {
        results.push(await earlierOutcome(tx, request.clientId, mutation.seq));
        continue;
      }
      if (mutation.seq !== lastSeq + 1) throw new SeqGapError(lastSeq, mutation.seq);
      if (received.has(mutation.id)) {
        // The same mutation id already received (under another seq): it is not applied twice.
        results.push({ seq: mutation.seq, status: 'duplicate' });
        lastSeq = mutation.seq;
        continue;
      }
      const { hlc, clamped } = clampHlc(mutation.hlc, now, MAX_CLOCK_AHEAD_MS);
      if (clamped) log?.clockClamped(request.clientId, mutation.hlc);
      cache.begin();
      try {
        await applyMutation(cache, agent, mutation, hlc, now, deviceAgents);
        cache.commit();
        results.push({ seq: mutation.seq, status: 'applied' });
        outcomes.push({ seq: mutation.seq, id: mutation.id, name: mutation.name, status: 'applied', reason: null });
      } catch (error) {
        cache.rollback();
        if (!(error instanceof Rejection)) throw error;
        const reason = `${error.reason}: ${error.message}`;
        for (const effect of mutation.effects) await cache.touch(effect.t, effect.k);
        results.push({ seq: mutation.seq, status: 'rejected', reason });
        outcomes.push({ seq: mutation.seq, id: mutation.id, name: mutation.name, status: 'rejected', reason });
      }
      lastSeq = mutation.seq;
    }

    await cache.flush();
    written = cache.flushed;
    await recordOutcomes(tx, request.clientId, outcomes, now);
    await tx.run(
      `INSERT INTO sync_clients (client_id, last_seq, agent_id, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (client_id) DO UPDATE SET last_seq = excluded.last_seq, agent_id = COALESCE(sync_clients.agent_id, excluded.agent_id), updated_at = excluded.updated_at`,
      [request.clientId, lastSeq, agent.id, now],
    );
    return { results, lastSeq, serverId };
  });
  if (written.length > 0) log?.committed?.(written);
  return answer;
}

async function receivedIds(tx: Tx, ids: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows = await tx.all<{ mutation_id: string }>(`SELECT mutation_id FROM sync_mutations WHERE mutation_id IN (${chunk.map((_, j) => `$${j + 1}`).join(', ')})`, chunk);
    for (const row of rows) found.add(row.mutation_id);
  }
  return found;
}

async function earlierOutcome(tx: Tx, clientId: string, seq: number): Promise<MutationResult> {
  const [row] = await tx.all<{ status: string; reason: string | null }>('SELECT status, reason FROM sync_mutations WHERE client_id = $1 AND seq = $2', [clientId, seq]);
  if (row?.status === 'rejected') return { seq, status: 'rejected', reason: row.reason ?? undefined };
  return { seq, status: 'duplicate' };
}

async function recordOutcomes(tx: Tx, clientId: string, outcomes: readonly { seq: number; id: string; name: string; status: string; reason: string | null }[], now: number): Promise<void> {
  for (let i = 0; i < outcomes.length; i += 500) {
    const chunk = outcomes.slice(i, i + 500);
    const params = chunk.flatMap((o) => [clientId, o.seq, o.id, o.name, o.status, o.reason, now]);
    const values = chunk.map((_, j) => `(${Array.from({ length: 7 }, (_, c) => `$${j * 7 + c + 1}`).join(', ')})`);
    await tx.run(`INSERT INTO sync_mutations (client_id, seq, mutation_id, name, status, reason, received_at) VALUES ${values.join(', ')}`, params);
  }
}
