import { statement, type ReadableDB, type WritableDB } from '../db';

/**
 * Writes rows of any synced table as the server sends them (pull) or takes them back (a rejected
 * local insert). The table and column names come from the sync table list and the table's own
 * columns, never from the wire unchecked.
 */

type Value = string | number | null;

/** The columns each table has, looked up once per table for this handle's lifetime of the returned function. */
export function tableColumns(db: ReadableDB): (table: string) => Set<string> {
  const cache = new Map<string, Set<string>>();
  return (table) => {
    let columns = cache.get(table);
    if (!columns) {
      columns = new Set((db.prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as { name: string }[]).map((c) => c.name));
      cache.set(table, columns);
    }
    return columns;
  };
}

/** Inserts a pulled row unless a row with its key is already there (any other constraint still fails); true when inserted. */
export function insertPulledRow(db: WritableDB, table: string, pk: readonly string[], fields: readonly string[], values: Record<string, Value>): boolean {
  const insert = `INSERT INTO ${table} (${fields.join(', ')}) VALUES (${fields.map(() => '?').join(', ')}) ON CONFLICT (${pk.join(', ')}) DO NOTHING`;
  return statement(db, insert).run(...fields.map((c) => values[c] ?? null)).changes > 0;
}

/** Sets `fields` of the row whose key `values` holds. */
export function updatePulledFields(db: WritableDB, table: string, pk: readonly string[], fields: readonly string[], values: Record<string, Value>): void {
  const keyWhere = pk.map((c) => `${c} = ?`).join(' AND ');
  const keyValues = pk.map((c) => values[c] ?? null);
  statement(db, `UPDATE ${table} SET ${fields.map((c) => `${c} = ?`).join(', ')} WHERE ${keyWhere}`).run(...fields.map((c) => values[c] ?? null), ...keyValues);
}

/** Deletes the row whose key `values` holds; false when a later row still refers to it (it is kept). */
export function deleteRowByKey(db: WritableDB, table: string, pk: readonly string[], values: Record<string, Value>): boolean {
  const where = pk.map((c) => `${c} = ?`).join(' AND ');
  try {
    db.prepare(`DELETE FROM ${table} WHERE ${where}`).run(...pk.map((c) => values[c] ?? null));
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `work` with foreign keys off (a pulled child can arrive a page before its parent), and
 * on again afterwards whatever happened. Call outside a transaction: SQLite ignores the switch inside one.
 */
export function withoutForeignKeys<T>(db: WritableDB, work: () => T): T {
  db.pragma('foreign_keys = OFF');
  try {
    return work();
  } finally {
    db.pragma('foreign_keys = ON');
  }
}
