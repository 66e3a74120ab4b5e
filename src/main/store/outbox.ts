import type { Database } from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { decodeHlc, encodeHlc, tickHlc } from '../../shared/domain/hlc';
import { statement } from './db';
import { takeCapturedEffects } from './syncCapture';

export interface AppendedMutation {
  mutationId: string;
  /** The mutation's hybrid-logical-clock timestamp, also used for the per-field clocks it sets. */
  hlc: string;
}

/**
 * Appends one intent mutation to the outbox with the rows its action wrote (captured by the sync
 * triggers). Call it inside the same transaction, after the domain rows are written, so the edit
 * and its mutation always commit together.
 */
export function appendMutation(db: Database, name: string, args: unknown, now: number): AppendedMutation {
  const state = statement(db, 'SELECT hlc FROM sync_state WHERE id = 1').get() as { hlc: string };
  const hlc = encodeHlc(tickHlc(decodeHlc(state.hlc), now));
  statement(db, 'UPDATE sync_state SET hlc = ? WHERE id = 1').run(hlc);
  const mutationId = uuidv7();
  const effects = takeCapturedEffects(db);
  statement(db, 'INSERT INTO outbox (mutation_id, name, args, hlc, effects) VALUES (?, ?, ?, ?, ?)').run(mutationId, name, JSON.stringify(args), hlc, JSON.stringify(effects));
  return { mutationId, hlc };
}

export function clientIdOf(db: Database): string {
  return (statement(db, 'SELECT client_id FROM sync_state WHERE id = 1').get() as { client_id: string }).client_id;
}
