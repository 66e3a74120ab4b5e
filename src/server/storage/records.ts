import type { SqlValue, Tx } from './serverDb';

export interface StoredRecord {
  tbl: string;
  pk: string;
  branchId: string | null;
  data: Record<string, SqlValue>;
  clocks: Record<string, string>;
}

export async function readRecord(tx: Tx, tbl: string, pk: string): Promise<StoredRecord | undefined> {
  const [row] = await tx.all<{ branch_id: string | null; data: string; clocks: string }>(
    'SELECT branch_id, data, clocks FROM records WHERE tbl = $1 AND pk = $2',
    [tbl, pk],
  );
  return row && { tbl, pk, branchId: row.branch_id, data: JSON.parse(row.data), clocks: JSON.parse(row.clocks) };
}

/** Inserts or replaces one record with the given change number. */
export async function writeRecord(tx: Tx, record: StoredRecord, changeSeq: number): Promise<void> {
  await tx.run(
    `INSERT INTO records (tbl, pk, branch_id, data, clocks, change_seq) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (tbl, pk) DO UPDATE SET branch_id = excluded.branch_id, data = excluded.data, clocks = excluded.clocks, change_seq = excluded.change_seq`,
    [record.tbl, record.pk, record.branchId, JSON.stringify(record.data), JSON.stringify(record.clocks), changeSeq],
  );
}
