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

export function outboxCounts(db: ReadableDB): { pending: number; rejected: number } {
  const counts = statement(db, "SELECT sum(state = 'pending') AS pending, sum(state = 'rejected') AS rejected FROM outbox").get() as { pending: number | null; rejected: number | null };
  return { pending: counts.pending ?? 0, rejected: counts.rejected ?? 0 };
}

/**
 * Moves an acknowledged mutation from the outbox to `outbox_acked` (kept for the retention window,
 * so a server restored from a backup can be sent it again); returns how many rows left the outbox (0 or 1).
 */
export function retainAcknowledged(db: WritableDB, seq: number, now: number): number {
  statement(db, 'INSERT OR IGNORE INTO outbox_acked (seq, mutation_id, name, args, hlc, effects, acked_at) SELECT seq, mutation_id, name, args, hlc, effects, ? FROM outbox WHERE seq = ?').run(now, seq);
  return statement(db, 'DELETE FROM outbox WHERE seq = ?').run(seq).changes;
}

/** Forgets acknowledged mutations acknowledged before `before`; returns how many. */
export function pruneRetained(db: WritableDB, before: number): number {
  return statement(db, 'DELETE FROM outbox_acked WHERE acked_at < ?').run(before).changes;
}

/** A server behind this desktop needs mutations the retention window no longer holds. */
export class RetentionGapError extends Error {
  constructor(readonly serverSeq: number, readonly firstHeld: number | null) {
    super(
      `the sync server was restored from a backup older than this desktop's retention window: it holds this desktop's changes up to ${serverSeq}, ` +
        `but the desktop kept them only from ${firstHeld ?? 'none'}; nothing was sent — ask the administrator to restore a newer backup`,
    );
  }
}

/**
 * The server holds this desktop's mutations only up to `serverSeq`: every later one — retained
 * after its acknowledgement, or rejected — becomes pending again, in seq order, to be sent again
 * (the server applies a mutation id once). Throws RetentionGapError, changing nothing, when the
 * retained ones do not follow on from `serverSeq`. Returns how many became pending.
 */
export function rewindOutbox(db: WritableDB, serverSeq: number, lastAckedSeq: number): number {
  const { held, first } = statement(
    db,
    'SELECT count(*) AS held, min(seq) AS first FROM (SELECT seq FROM outbox_acked WHERE seq > ? AND seq <= ? UNION SELECT seq FROM outbox WHERE seq > ? AND seq <= ?)',
  ).get(serverSeq, lastAckedSeq, serverSeq, lastAckedSeq) as { held: number; first: number | null };
  if (held !== lastAckedSeq - serverSeq) throw new RetentionGapError(serverSeq, first);
  const back = statement(
    db,
    "INSERT INTO outbox (seq, mutation_id, name, args, hlc, effects, state) SELECT seq, mutation_id, name, args, hlc, effects, 'pending' FROM outbox_acked WHERE seq > ? ORDER BY seq",
  ).run(serverSeq).changes;
  statement(db, 'DELETE FROM outbox_acked WHERE seq > ?').run(serverSeq);
  const rejected = statement(db, "UPDATE outbox SET state = 'pending' WHERE state = 'rejected' AND seq > ?").run(serverSeq).changes;
  return back + rejected;
}

/** How many acknowledged mutations are retained and the bytes they take on disk (table and indexes). */
export function retentionSize(db: ReadableDB): { mutations: number; bytes: number } {
  const { n } = statement(db, 'SELECT count(*) AS n FROM outbox_acked').get() as { n: number };
  let bytes: number;
  try {
    const row = statement(db, "SELECT sum(pgsize) AS bytes FROM dbstat WHERE name IN (SELECT name FROM sqlite_master WHERE tbl_name = 'outbox_acked')").get() as { bytes: number | null };
    bytes = row.bytes ?? 0;
  } catch {
    // no dbstat in this SQLite build: the stored text, which is most of it
    const row = statement(db, 'SELECT sum(length(args) + length(effects) + length(mutation_id) + length(name) + length(hlc) + 16) AS bytes FROM outbox_acked').get() as { bytes: number | null };
    bytes = row.bytes ?? 0;
  }
  return { mutations: n, bytes };
}
