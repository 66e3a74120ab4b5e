import { readRecord, type StoredRecord } from '../storage/records';
import type { SqlValue, Tx } from '../storage/serverDb';
import { takeChangeNumbers } from '../storage/serverSchema';

const keyOf = (tbl: string, pk: string) => `${tbl}\u0000${pk}`;

/**
 * The records one push batch reads and writes. Reads go to the database once; writes stay here
 * until `flush`, which gives every touched record a fresh change number in the order it was first
 * touched (so a parent written before its child is pulled before it) and writes them in bulk.
 * Each mutation runs between `begin` and `commit`/`rollback`, so a rejected one leaves no trace.
 */
export class RecordCache {
  private readonly loaded = new Map<string, StoredRecord | null>();
  private readonly touched = new Map<string, StoredRecord>();
  private undo: Map<string, StoredRecord | undefined> | null = null;
  /** Case number → the case holding it (null: free), as loaded from `case_numbers` or claimed in this batch. */
  private readonly numbers = new Map<string, string | null>();
  private readonly numbersChanged = new Set<string>();
  private numbersUndo: Map<string, string | null | undefined> | null = null;

  constructor(private readonly tx: Tx) {}

  /** Loads many records with one query per table. */
  async prefetch(keys: readonly { tbl: string; pk: string }[]): Promise<void> {
    const byTable = new Map<string, string[]>();
    for (const { tbl, pk } of keys) {
      if (this.loaded.has(keyOf(tbl, pk))) continue;
      let list = byTable.get(tbl);
      if (!list) byTable.set(tbl, (list = []));
      list.push(pk);
    }
    for (const [tbl, pks] of byTable) {
      const unique = [...new Set(pks)];
      for (let i = 0; i < unique.length; i += 500) {
        const chunk = unique.slice(i, i + 500);
        const params = chunk.map((_, j) => `$${j + 2}`).join(', ');
        const rows = await this.tx.all<{ pk: string; branch_id: string | null; data: string; clocks: string }>(
          `SELECT pk, branch_id, data, clocks FROM records WHERE tbl = $1 AND pk IN (${params})`,
          [tbl, ...chunk],
        );
        for (const pk of chunk) this.loaded.set(keyOf(tbl, pk), null);
        for (const row of rows) {
          this.loaded.set(keyOf(tbl, row.pk), { tbl, pk: row.pk, branchId: row.branch_id, data: JSON.parse(row.data), clocks: JSON.parse(row.clocks) });
        }
      }
    }
  }

  /** The record as this batch sees it (a copy: change it, then `put` it). */
  async get(tbl: string, pk: string): Promise<StoredRecord | undefined> {
    const key = keyOf(tbl, pk);
    const own = this.touched.get(key);
    if (own) return clone(own);
    if (!this.loaded.has(key)) this.loaded.set(key, (await readRecord(this.tx, tbl, pk)) ?? null);
    const found = this.loaded.get(key);
    return found ? clone(found) : undefined;
  }

  put(record: StoredRecord): void {
    const key = keyOf(record.tbl, record.pk);
    this.remember(key);
    this.touched.set(key, clone(record));
  }

  /** Marks an existing record changed without changing it, so desktops pull it again. */
  async touch(tbl: string, pk: string): Promise<void> {
    const record = await this.get(tbl, pk);
    if (record) this.put(record);
  }

  /** The case that holds this number (as this batch sees it), or null. */
  async caseWithNumber(number: string): Promise<string | null> {
    if (!this.numbers.has(number)) {
      const [row] = await this.tx.all<{ case_id: string }>('SELECT case_id FROM case_numbers WHERE number = $1', [number]);
      this.numbers.set(number, row?.case_id ?? null);
    }
    return this.numbers.get(number) ?? null;
  }

  /** Gives `number` to the case, freeing the number it had before (if any); written at `flush`. */
  claimCaseNumber(number: string, caseId: string, previous: string | null): void {
    this.setNumber(number, caseId);
    if (previous !== null && previous !== number && this.numbers.get(previous) === caseId) this.setNumber(previous, null);
  }

  begin(): void {
    this.undo = new Map();
    this.numbersUndo = new Map();
  }

  commit(): void {
    this.undo = null;
    this.numbersUndo = null;
  }

  rollback(): void {
    for (const [key, before] of this.undo ?? []) {
      if (before) this.touched.set(key, before);
      else this.touched.delete(key);
    }
    for (const [number, before] of this.numbersUndo ?? []) {
      if (before === undefined) this.numbers.delete(number);
      else this.numbers.set(number, before);
    }
    this.undo = null;
    this.numbersUndo = null;
  }

  /** Every record written by `flush` so far (what the server tells desktops about once the batch commits). */
  readonly flushed: FlushedRecord[] = [];

  /** Writes every touched record with fresh change numbers; returns how many. */
  async flush(): Promise<number> {
    for (const number of this.numbersChanged) {
      if (!this.numbers.has(number)) continue; // claimed by a mutation that was rolled back
      const caseId = this.numbers.get(number) ?? null;
      if (caseId === null) await this.tx.run('DELETE FROM case_numbers WHERE number = $1', [number]);
      else await this.tx.run('INSERT INTO case_numbers (number, case_id) VALUES ($1, $2) ON CONFLICT (number) DO UPDATE SET case_id = excluded.case_id', [number, caseId]);
    }
    this.numbersChanged.clear();
    const records = [...this.touched.values()];
    if (records.length === 0) return 0;
    const first = await takeChangeNumbers(this.tx, records.length);
    const perStatement = 400;
    for (let i = 0; i < records.length; i += perStatement) {
      const chunk = records.slice(i, i + perStatement);
      const params: SqlValue[] = [];
      const values = chunk.map((record, j) => {
        params.push(record.tbl, record.pk, record.branchId, JSON.stringify(record.data), JSON.stringify(record.clocks), first + i + j);
        const n = j * 6;
        return `($${n + 1}, $${n + 2}, $${n + 3}, $${n + 4}, $${n + 5}, $${n + 6})`;
      });
      await this.tx.run(
        `INSERT INTO records (tbl, pk, branch_id, data, clocks, change_seq) VALUES ${values.join(', ')}
         ON CONFLICT (tbl, pk) DO UPDATE SET branch_id = excluded.branch_id, data = excluded.data, clocks = excluded.clocks, change_seq = excluded.change_seq`,
        params,
      );
    }
    for (const record of records) this.flushed.push({ tbl: record.tbl, pk: record.pk, branchId: record.branchId, data: record.data });
    this.touched.clear();
    return records.length;
  }

  private setNumber(number: string, caseId: string | null): void {
    if (this.numbersUndo && !this.numbersUndo.has(number)) this.numbersUndo.set(number, this.numbers.get(number));
    this.numbers.set(number, caseId);
    this.numbersChanged.add(number);
  }

  private remember(key: string): void {
    if (!this.undo || this.undo.has(key)) return;
    const touched = this.touched.get(key);
    this.undo.set(key, touched && clone(touched));
  }
}

function clone(record: StoredRecord): StoredRecord {
  return { ...record, data: { ...record.data }, clocks: { ...record.clocks } };
}

/** A record a batch wrote: its table, key, branch and fields as stored. */
export interface FlushedRecord {
  tbl: string;
  pk: string;
  branchId: string | null;
  data: Readonly<Record<string, unknown>>;
}
