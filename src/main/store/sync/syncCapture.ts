import type { RowEffect } from '../../../shared/sync/protocol';
import { statement, type WritableDB } from '../db';

/**
 * Triggers on every synced table record each row an action inserts or updates into
 * `sync_capture`; `appendMutation` turns what was captured into the mutation's row effects.
 * So no write path can forget to sync a row it wrote. Rows applied from a pull are written with
 * capture off (`sync_state.capture = 0`, set inside the same transaction).
 */
export function createCaptureTriggers(db: WritableDB, table: string, pk: readonly string[]): void {
  const columns = (db.prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as { name: string }[]).map((c) => c.name);
  const image = (row: 'NEW' | 'OLD') => `json_object(${columns.map((c) => `'${c}', ${row}.${c}`).join(', ')})`;
  const key = pk.length === 1 ? `NEW.${pk[0]}` : `json_array(${pk.map((c) => `NEW.${c}`).join(', ')})`;
  const when = 'WHEN (SELECT capture FROM sync_state WHERE id = 1) = 1';
  db.exec(`
    CREATE TRIGGER sync_capture_${table}_insert AFTER INSERT ON ${table} ${when} BEGIN
      INSERT INTO sync_capture (tbl, pk, op, new) VALUES ('${table}', ${key}, 'i', ${image('NEW')});
    END;
    CREATE TRIGGER sync_capture_${table}_update AFTER UPDATE ON ${table} ${when} BEGIN
      INSERT INTO sync_capture (tbl, pk, op, old, new) VALUES ('${table}', ${key}, 'u', ${image('OLD')}, ${image('NEW')});
    END;
  `);
}

interface Captured {
  tbl: string;
  pk: string;
  op: 'i' | 'u';
  old: string | null;
  new: string;
}

type Row = Record<string, string | number | null>;

/** Takes everything captured so far in this transaction as row effects, one per row, in first-write order. */
export function takeCapturedEffects(db: WritableDB): RowEffect[] {
  const captured = statement(db, 'SELECT tbl, pk, op, old, new FROM sync_capture ORDER BY id').all() as Captured[];
  if (captured.length === 0) return [];
  statement(db, 'DELETE FROM sync_capture').run();
  return mergeCaptured(captured);
}

/** Folds the writes to each row into one effect: an insert with its final values, or the fields that changed with what they replaced. */
export function mergeCaptured(captured: readonly Captured[]): RowEffect[] {
  const rows = new Map<string, { tbl: string; pk: string; inserted: boolean; first: Row; last: Row }>();
  for (const c of captured) {
    const key = `${c.tbl}\u0000${c.pk}`;
    const next = JSON.parse(c.new) as Row;
    const seen = rows.get(key);
    if (seen) seen.last = next;
    else rows.set(key, { tbl: c.tbl, pk: c.pk, inserted: c.op === 'i', first: c.op === 'i' ? next : (JSON.parse(c.old ?? '{}') as Row), last: next });
  }
  const effects: RowEffect[] = [];
  for (const row of rows.values()) {
    if (row.inserted) {
      effects.push({ t: row.tbl, k: row.pk, op: 'i', f: row.last });
      continue;
    }
    const f: Row = {};
    const o: Row = {};
    for (const [field, value] of Object.entries(row.last)) {
      if (row.first[field] === value) continue;
      f[field] = value;
      o[field] = row.first[field] ?? null;
    }
    if (Object.keys(f).length > 0) effects.push({ t: row.tbl, k: row.pk, op: 'u', f, o });
  }
  return effects;
}
