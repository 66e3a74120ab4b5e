import { MAX_PUSH_BYTES, MAX_PUSH_MUTATIONS, type PushRequest, type PushResponse, type RowEffect } from '../../shared/sync/protocol';
import { syncTableOf } from '../../shared/sync/syncTables';
import type { ReadableDB, WritableDB } from '../store/db';
import { markRejected, pendingMutations, retainAcknowledged } from '../store/sync/outbox';
import { deleteRowByKey } from '../store/sync/pulledRows';
import { clientIdOf, deviceSecretOf, saveAckedSeq, serverIdOf, withoutCapture } from '../store/sync/syncState';
import { recordServerId } from './serverRestore';

/** The next batch of pending mutations, oldest first: at most 500 and about 1 MB of JSON. */
export function nextPushBatch(db: ReadableDB): PushRequest | null {
  const rows = pendingMutations(db, MAX_PUSH_MUTATIONS);
  if (rows.length === 0) return null;
  const clientId = clientIdOf(db);
  let bytes = 0;
  const mutations: PushRequest['mutations'] = [];
  for (const row of rows) {
    bytes += row.args.length + row.effects.length + 200;
    if (mutations.length > 0 && bytes > MAX_PUSH_BYTES * 0.9) break;
    mutations.push({ seq: row.seq, id: row.mutation_id, name: row.name, args: JSON.parse(row.args), hlc: row.hlc, effects: JSON.parse(row.effects) as RowEffect[] });
  }
  const serverId = serverIdOf(db);
  return { clientId, deviceSecret: deviceSecretOf(db), mutations, ...(serverId ? { serverId } : {}) };
}

/**
 * Records the server's answer in one transaction: applied and duplicate mutations leave the
 * outbox (for `outbox_acked`, kept for the retention window); a rejected one stays, marked with its reason for the agent to see, and the rows it
 * inserted locally are taken back (the server never had them). Rows it updated are corrected by
 * the next pull: the server sends every row a rejected mutation named.
 */
export function acknowledgePush(db: WritableDB, response: PushResponse, now: number = Date.now()): { applied: number; rejected: number } {
  let applied = 0;
  let rejected = 0;
  db.transaction(() => {
    withoutCapture(db, () => {
      for (const result of response.results) {
        if (result.status === 'rejected') {
          const effects = markRejected(db, result.seq, result.reason ?? 'rejected');
          if (effects) takeBackInserts(db, JSON.parse(effects) as RowEffect[]);
          rejected++;
        } else {
          applied += retainAcknowledged(db, result.seq, now); // kept for the retention window (serverRestore.ts)
        }
      }
      saveAckedSeq(db, response.lastSeq);
      recordServerId(db, response.serverId);
    });
  })();
  return { applied, rejected };
}

function takeBackInserts(db: WritableDB, effects: readonly RowEffect[]): void {
  for (const effect of [...effects].reverse()) {
    const table = syncTableOf(effect.t);
    if (!table || effect.op !== 'i') continue;
    // a later local row may still refer to it: then it is kept; the agent sees the rejection either way
    deleteRowByKey(db, effect.t, table.pk, effect.f);
  }
}
