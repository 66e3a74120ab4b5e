import type { Database } from 'better-sqlite3';
import { MAX_PUSH_BYTES, MAX_PUSH_MUTATIONS, type PushRequest, type PushResponse, type RowEffect } from '../../shared/sync/protocol';
import { syncTableOf } from '../../shared/sync/syncTables';
import { statement } from '../store/db';
import { withoutCapture } from './withoutCapture';

interface OutboxRow {
  seq: number;
  mutation_id: string;
  name: string;
  args: string;
  hlc: string;
  effects: string;
}

/** The next batch of pending mutations, oldest first: at most 500 and about 1 MB of JSON. */
export function nextPushBatch(db: Database): PushRequest | null {
  const rows = statement(db, "SELECT seq, mutation_id, name, args, hlc, effects FROM outbox WHERE state = 'pending' ORDER BY seq LIMIT ?").all(MAX_PUSH_MUTATIONS) as OutboxRow[];
  if (rows.length === 0) return null;
  const { client_id: clientId } = statement(db, 'SELECT client_id FROM sync_state WHERE id = 1').get() as { client_id: string };
  let bytes = 0;
  const mutations: PushRequest['mutations'] = [];
  for (const row of rows) {
    bytes += row.args.length + row.effects.length + 200;
    if (mutations.length > 0 && bytes > MAX_PUSH_BYTES * 0.9) break;
    mutations.push({ seq: row.seq, id: row.mutation_id, name: row.name, args: JSON.parse(row.args), hlc: row.hlc, effects: JSON.parse(row.effects) as RowEffect[] });
  }
  return { clientId, mutations };
}

/**
 * Records the server's answer in one transaction: applied and duplicate mutations leave the
 * outbox; a rejected one stays, marked with its reason for the agent to see, and the rows it
 * inserted locally are taken back (the server never had them). Rows it updated are corrected by
 * the next pull: the server sends every row a rejected mutation named.
 */
export function acknowledgePush(db: Database, response: PushResponse): { applied: number; rejected: number } {
  let applied = 0;
  let rejected = 0;
  db.transaction(() => {
    withoutCapture(db, () => {
      for (const result of response.results) {
        if (result.status === 'rejected') {
          const row = statement(db, "UPDATE outbox SET state = 'rejected', attempts = attempts + 1, last_error = ? WHERE seq = ? AND state = 'pending' RETURNING effects").get(result.reason ?? 'rejected', result.seq) as
            | { effects: string }
            | undefined;
          if (row) takeBackInserts(db, JSON.parse(row.effects) as RowEffect[]);
          rejected++;
        } else {
          applied += statement(db, 'DELETE FROM outbox WHERE seq = ?').run(result.seq).changes;
        }
      }
      statement(db, 'UPDATE sync_state SET last_acked_seq = max(last_acked_seq, ?) WHERE id = 1').run(response.lastSeq);
    });
  })();
  return { applied, rejected };
}

function takeBackInserts(db: Database, effects: readonly RowEffect[]): void {
  for (const effect of [...effects].reverse()) {
    const table = syncTableOf(effect.t);
    if (!table || effect.op !== 'i') continue;
    const where = table.pk.map((c) => `${c} = ?`).join(' AND ');
    try {
      db.prepare(`DELETE FROM ${effect.t} WHERE ${where}`).run(...table.pk.map((c) => effect.f[c] ?? null));
    } catch {
      // a later local row still refers to it: keep it; the agent sees the rejection either way
    }
  }
}
