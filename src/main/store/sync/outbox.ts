import { v7 as uuidv7 } from 'uuid';
import { statement, type ReadableDB, type WritableDB } from '../db';
import { takeCapturedEffects } from './syncCapture';
import { tickClock } from './syncState';

export { clientIdOf } from './syncState';

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
export function appendMutation(db: WritableDB, name: string, args: unknown, now: number): AppendedMutation {
  const hlc = tickClock(db, now);
  const mutationId = uuidv7();
  const effects = takeCapturedEffects(db);
  statement(db, 'INSERT INTO outbox (mutation_id, name, args, hlc, effects) VALUES (?, ?, ?, ?, ?)').run(mutationId, name, JSON.stringify(args), hlc, JSON.stringify(effects));
  return { mutationId, hlc };
}

export interface OutboxRow {
  seq: number;
  mutation_id: string;
  name: string;
  args: string;
  hlc: string;
  effects: string;
}

/** Pending mutations, oldest first, at most `limit`. */
export function pendingMutations(db: ReadableDB, limit: number): OutboxRow[] {
  return statement(db, "SELECT seq, mutation_id, name, args, hlc, effects FROM outbox WHERE state = 'pending' ORDER BY seq LIMIT ?").all(limit) as OutboxRow[];
}

/** The row effects (JSON) of every pending mutation. */
export function pendingEffects(db: ReadableDB): IterableIterator<{ effects: string }> {
  return statement(db, "SELECT effects FROM outbox WHERE state = 'pending'").iterate() as IterableIterator<{ effects: string }>;
}

/** Marks a pending mutation rejected with the server's reason; returns its row effects (JSON), or undefined when it was not pending. */
export function markRejected(db: WritableDB, seq: number, reason: string): string | undefined {
  const row = statement(db, "UPDATE outbox SET state = 'rejected', attempts = attempts + 1, last_error = ? WHERE seq = ? AND state = 'pending' RETURNING effects").get(reason, seq) as
    | { effects: string }
    | undefined;
  return row?.effects;
}

/** Removes an acknowledged mutation; returns how many rows left (0 or 1). */
export function removeAcknowledged(db: WritableDB, seq: number): number {
  return statement(db, 'DELETE FROM outbox WHERE seq = ?').run(seq).changes;
}

export function outboxCounts(db: ReadableDB): { pending: number; rejected: number } {
  const counts = statement(db, "SELECT sum(state = 'pending') AS pending, sum(state = 'rejected') AS rejected FROM outbox").get() as { pending: number | null; rejected: number | null };
  return { pending: counts.pending ?? 0, rejected: counts.rejected ?? 0 };
}
