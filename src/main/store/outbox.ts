import type { Database } from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { decodeHlc, encodeHlc, tickHlc } from '../../shared/domain/hlc';

/**
 * Appends one intent mutation to the outbox. Call it inside the same transaction that writes
 * the domain rows, so the edit and its mutation always commit together.
 */
export function appendMutation(db: Database, name: string, args: unknown, now: number): string {
  const state = db.prepare('SELECT hlc FROM sync_state WHERE id = 1').get() as { hlc: string };
  const hlc = encodeHlc(tickHlc(decodeHlc(state.hlc), now));
  db.prepare('UPDATE sync_state SET hlc = ? WHERE id = 1').run(hlc);
  const mutationId = uuidv7();
  db.prepare('INSERT INTO outbox (mutation_id, name, args, hlc) VALUES (?, ?, ?, ?)').run(mutationId, name, JSON.stringify(args), hlc);
  return mutationId;
}

export function clientIdOf(db: Database): string {
  return (db.prepare('SELECT client_id FROM sync_state WHERE id = 1').get() as { client_id: string }).client_id;
}
