import type { Database } from 'better-sqlite3';
import { pushableTables, rowKey, syncTables } from '../../shared/sync/syncTables';
import type { ServerDb, SqlValue } from '../storage/serverDb';
import { takeChangeNumbers } from '../storage/serverSchema';

type Row = Record<string, SqlValue>;

export interface ImportedRow {
  tbl: string;
  pk: string;
  branchId: string | null;
  data: Row;
}

/** Every synced row of a desktop store (e.g. one filled by seed:demo), with the branch that scopes it. */
export function storeRows(db: Database): ImportedRow[] {
  const branchOf = new Map<string, string | null>();
  const rows: ImportedRow[] = [];
  for (const name of ['branches', 'teams', 'agents', ...pushableTables] as const) {
    const table = syncTables[name];
    const columns = Object.keys(table.columns.shape);
    for (const data of db.prepare(`SELECT ${columns.join(', ')} FROM ${name}`).all() as Row[]) {
      const pk = rowKey(table, data);
      const scope = table.scope;
      let branchId: string | null = null;
      if (scope && 'column' in scope) branchId = (data[scope.column] as string | null) ?? null;
      else if (scope) branchId = branchOf.get(`${scope.parent}/${String(data[scope.via])}`) ?? null;
      branchOf.set(`${name}/${pk}`, branchId);
      rows.push({ tbl: name, pk, branchId, data });
    }
  }
  return rows;
}

/** Writes rows as server records in transactions of 5,000, each with its change number; returns how many. */
export async function importRows(server: ServerDb, rows: readonly ImportedRow[]): Promise<number> {
  for (let i = 0; i < rows.length; i += 5_000) {
    const part = rows.slice(i, i + 5_000);
    await server.write(async (tx) => {
      const first = await takeChangeNumbers(tx, part.length);
      for (let j = 0; j < part.length; j += 400) {
        const slice = part.slice(j, j + 400);
        const params: SqlValue[] = [];
        const values = slice.map((row, k) => {
          params.push(row.tbl, row.pk, row.branchId, JSON.stringify(row.data), '{}', first + j + k);
          return `($${k * 6 + 1}, $${k * 6 + 2}, $${k * 6 + 3}, $${k * 6 + 4}, $${k * 6 + 5}, $${k * 6 + 6})`;
        });
        await tx.run(
          `INSERT INTO records (tbl, pk, branch_id, data, clocks, change_seq) VALUES ${values.join(', ')}
           ON CONFLICT (tbl, pk) DO UPDATE SET branch_id = excluded.branch_id, data = excluded.data, change_seq = excluded.change_seq`,
          params,
        );
        // Imported case numbers are taken: a pushed case with one of them is renumbered.
        const cases = slice.filter((row) => row.tbl === 'cases' && typeof row.data['number'] === 'string');
        if (cases.length > 0) {
          await tx.run(
            `INSERT INTO case_numbers (number, case_id) VALUES ${cases.map((_, k) => `($${k * 2 + 1}, $${k * 2 + 2})`).join(', ')} ON CONFLICT (number) DO UPDATE SET case_id = excluded.case_id`,
            cases.flatMap((row) => [row.data['number'] as string, row.pk]),
          );
        }
      }
    });
  }
  return rows.length;
}
