/**
 * The size part of `npm run bench -- store` (`bytes_per_case` and the `dbstat` report), or alone:
 * `npm run bench -- storeSize --db PATH` (read only).
 *
 * Space per table and index from SQLite's `dbstat` (src/main/store/storeSize.ts), grouped by the
 * table it serves (indexes and FTS5 shadow tables under their table), in bytes per case.
 */
import BetterSqlite3 from 'better-sqlite3';
import { statSync } from 'node:fs';
import type { ReadableDB } from '../src/main/store/db';
import { storeSize } from '../src/main/store/storeSize';
import { argValue, printTable, round } from './measure';

const MIB = 1_048_576;

export interface SizeReport {
  figures: Record<string, number>;
  rows: Record<string, string | number>[];
}

/** Bytes per case of the file (WAL checkpointed) and of its free pages, and where the bytes are. */
export function sizeReport(db: ReadableDB, path: string, cases: number): SizeReport {
  const size = storeSize(db);
  const perCase = (bytes: number) => (cases > 0 ? Math.round(bytes / cases) : 0);
  const byTable = new Map<string, { table: number; indexes: number; unused: number }>();
  for (const o of size.objects) {
    const entry = byTable.get(o.table) ?? { table: 0, indexes: 0, unused: 0 };
    if (o.kind === 'index') entry.indexes += o.bytes;
    else entry.table += o.bytes;
    entry.unused += o.unusedBytes;
    byTable.set(o.table, entry);
  }
  const tables = [...byTable.entries()].map(([name, e]) => ({ name, ...e, total: e.table + e.indexes })).sort((a, b) => b.total - a.total);
  const fileBytes = statSync(path).size;
  const rows: Record<string, string | number>[] = tables.slice(0, 15).map((t) => ({
    table: t.name,
    MiB: round(t.total / MIB, 1),
    'rows MiB': round(t.table / MIB, 1),
    'indexes MiB': round(t.indexes / MIB, 1),
    'bytes/case': perCase(t.total),
    share: `${round((100 * t.total) / fileBytes, 1)}%`,
    'unused in pages': `${round((100 * t.unused) / Math.max(1, t.total), 1)}%`,
  }));
  rows.push({ table: '(free pages)', MiB: round((size.freePages * size.pageSize) / MIB, 1), 'rows MiB': '', 'indexes MiB': '', 'bytes/case': perCase(size.freePages * size.pageSize), share: `${round((100 * size.freePages * size.pageSize) / fileBytes, 1)}%`, 'unused in pages': '' });
  const objects = size.objects.slice(0, 12).map((o) => ({ table: `  ${o.kind} ${o.name}`, MiB: round(o.bytes / MIB, 1), 'rows MiB': '', 'indexes MiB': '', 'bytes/case': perCase(o.bytes), share: `${round((100 * o.bytes) / fileBytes, 1)}%`, 'unused in pages': `${round((100 * o.unusedBytes) / Math.max(1, o.bytes), 1)}%` }));
  const largest = tables[0];
  return {
    figures: {
      // After the bench's writes, so not `bytes_per_case` (measured on the store as seeded): the file and its free pages now.
      file_bytes_per_case: perCase(fileBytes),
      free_bytes_per_case: perCase(size.freePages * size.pageSize),
      largest_table_bytes_per_case: perCase(largest?.total ?? 0),
      search_index_bytes_per_case: perCase(byTable.get('search_index') ? byTable.get('search_index')!.table + byTable.get('search_index')!.indexes : 0),
    },
    rows: [...rows, { table: 'largest tables and indexes:', MiB: '', 'rows MiB': '', 'indexes MiB': '', 'bytes/case': '', share: '', 'unused in pages': '' }, ...objects],
  };
}

export async function run(args: string[]): Promise<void> {
  const path = argValue(args, 'db');
  if (!path) throw new Error('usage: npm run bench -- storeSize --db PATH');
  const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true }) as ReadableDB;
  try {
    const cases = (db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
    const report = sizeReport(db, path, cases);
    printTable(report.rows);
    console.log(JSON.stringify({ bench: 'storeSize', cases, bytes_per_case: report.figures.file_bytes_per_case, ...report.figures }));
  } finally {
    db.close();
  }
}
