import type { Statement } from 'better-sqlite3';
import type { WritableDB } from '../db';

export type SqlValue = string | number | null;

/**
 * Bulk inserts into one table: rows are buffered and written `rowsPerStatement` at a time with one
 * multi-row INSERT, which costs far fewer native calls and statement steps than one row per call.
 * Call `flush()` before committing the transaction the rows belong in.
 */
export class BatchInsert {
  private readonly many: Statement;
  private readonly one: Statement;
  private readonly width: number;
  private readonly buffer: SqlValue[];
  private filled = 0;
  /** Rows written (flushed) so far. */
  written = 0;

  constructor(db: WritableDB, table: string, columns: readonly string[], readonly rowsPerStatement = 64) {
    this.width = columns.length;
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
    this.many = db.prepare(head + Array.from({ length: rowsPerStatement }, () => tuple).join(', '));
    this.one = db.prepare(head + tuple);
    this.buffer = new Array<SqlValue>(this.width * rowsPerStatement);
  }

  /** Adds one row, its values in the column order given to the constructor. */
  add(...values: SqlValue[]): void {
    if (values.length !== this.width) throw new RangeError(`expected ${this.width} values, got ${values.length}`);
    const at = this.filled * this.width;
    for (let i = 0; i < this.width; i++) this.buffer[at + i] = values[i] as SqlValue;
    if (++this.filled === this.rowsPerStatement) {
      this.many.run(this.buffer);
      this.written += this.filled;
      this.filled = 0;
    }
  }

  /** Writes the rows still buffered. */
  flush(): void {
    for (let row = 0; row < this.filled; row++) this.one.run(this.buffer.slice(row * this.width, (row + 1) * this.width));
    this.written += this.filled;
    this.filled = 0;
  }
}

/** Inserts all `rows` (values in `columns` order) into `table` with multi-row INSERTs; call inside a transaction. */
export function insertRows(db: WritableDB, table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[]): void {
  const insert = new BatchInsert(db, table, columns);
  for (const row of rows) insert.add(...row);
  insert.flush();
}
