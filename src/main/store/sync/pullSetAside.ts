import type { Database } from 'better-sqlite3';
import type { PullSetAsideRow } from '../../../shared/schemas/sync';
import { statement, type ReadableDB, type WritableDB } from '../db';

/**
 * The owner of `pull_set_aside`: pulled rows the desktop could not apply, one per table and key,
 * with the newest version the server sent and why it failed.
 */

type Value = string | number | null;

export interface SetAsideEntry {
  tbl: string;
  pk: string;
  fields: Record<string, Value>;
}

/** Sets a pulled row aside (or replaces the version set aside for its key). */
export function setAsidePulledRow(db: WritableDB, tbl: string, pk: string, fields: Record<string, Value>, reason: string, detail: string, now: number): void {
  statement(
    db,
    `INSERT INTO pull_set_aside (tbl, pk, fields, reason, detail, first_at, last_tried_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (tbl, pk) DO UPDATE SET fields = excluded.fields, reason = excluded.reason, detail = excluded.detail,
       last_tried_at = excluded.last_tried_at, attempts = attempts + 1`,
  ).run(tbl, pk, JSON.stringify(fields), reason, detail, now, now);
}

/** Forgets the row set aside under this key (it applied, or a newer version did). */
export function dropSetAside(db: WritableDB, tbl: string, pk: string): void {
  statement(db, 'DELETE FROM pull_set_aside WHERE tbl = ? AND pk = ?').run(tbl, pk);
}

/** Every row set aside, oldest first, for a retry. */
export function setAsideEntries(db: ReadableDB): SetAsideEntry[] {
  const rows = statement(db, 'SELECT tbl, pk, fields FROM pull_set_aside ORDER BY first_at, tbl, pk').all() as { tbl: string; pk: string; fields: string }[];
  return rows.map((row) => ({ tbl: row.tbl, pk: row.pk, fields: JSON.parse(row.fields) as Record<string, Value> }));
}

export function setAsideCount(db: ReadableDB): number {
  return (statement(db, 'SELECT count(*) AS n FROM pull_set_aside').get() as { n: number }).n;
}

/** What the sync panel lists, newest first. (`Database` too while the IPC handlers' handle is untyped.) */
export function listSetAsideRows(db: ReadableDB | Database): PullSetAsideRow[] {
  const rows = statement(db, 'SELECT tbl, pk, reason, detail, first_at, last_tried_at, attempts FROM pull_set_aside ORDER BY first_at DESC, tbl, pk LIMIT 200').all() as {
    tbl: string;
    pk: string;
    reason: string;
    detail: string;
    first_at: number;
    last_tried_at: number;
    attempts: number;
  }[];
  return rows.map((row) => ({ table: row.tbl, key: row.pk, reason: row.reason, detail: row.detail, firstAt: row.first_at, lastTriedAt: row.last_tried_at, attempts: row.attempts }));
}
