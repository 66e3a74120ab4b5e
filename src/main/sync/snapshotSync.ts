import { pulledRowSchema, snapshotEndSchema, snapshotHeaderSchema, type PulledRow, type SnapshotHeader } from '../../shared/sync/protocol';
import { pushableTables, syncTableOf } from '../../shared/sync/syncTables';
import type { WritableDB } from '../store/db';
import { queueAllForIndexing } from '../store/search/searchQueue';
import { outboxCounts } from '../store/sync/outbox';
import { tableColumns } from '../store/sync/pulledRows';
import { tablesEmpty, withLoadSettings, writeSnapshotRows, type SnapshotGroup, type SnapshotValue } from '../store/sync/snapshotLoad';
import { clientIdOf, pullCursorOf, savePullCursor, savePullMark, serverIdOf, withoutCapture } from '../store/sync/syncState';
import { applyPulledPage } from './applyPull';
import { recordServerId, rewindIfServerBehind } from './serverRestore';
import { SyncHttpError, type SyncTransport } from './syncTransport';

/** A snapshot the desktop cannot load (cut off, or not what the protocol says); the ordinary pull takes over. */
export class SnapshotError extends Error {}

/**
 * A desktop that has never synced and holds no case data of its own (pull cursor 0, nothing in
 * the outbox, every pushed table empty) can take the server's rows in bulk.
 */
export function snapshotEligible(db: WritableDB): boolean {
  const outbox = outboxCounts(db);
  return pullCursorOf(db) === 0 && outbox.pending === 0 && outbox.rejected === 0 && tablesEmpty(db, pushableTables);
}

/**
 * The first sync in bulk: downloads the server's snapshot of what this agent may see, then loads
 * it in one transaction (rows, rebuilt indexes, search documents queued, the pull cursor at the
 * snapshot's position), so the ordinary pull goes on from there. Returns false, having changed
 * nothing, when the desktop is not eligible (before or after the download: an agent may have
 * written meanwhile), the server has no snapshot route, or the snapshot cannot be loaded — the
 * ordinary pull then does the whole work, row by row, setting aside what it cannot apply.
 */
export async function loadFirstSnapshot(db: WritableDB, transport: SyncTransport, now: () => number): Promise<boolean> {
  if (!transport.snapshot || !snapshotEligible(db)) return false;
  const serverId = serverIdOf(db);
  let snapshot: Snapshot;
  try {
    snapshot = await readSnapshot(db, await transport.snapshot({ clientId: clientIdOf(db), ...(serverId ? { serverId } : {}) }));
  } catch (error) {
    // 404: a server from before snapshots. Any other refusal (401, 409) the ordinary pull meets and reports too.
    if (error instanceof SnapshotError || (error instanceof SyncHttpError && error.status === 404)) return false;
    throw error;
  }
  const { header, groups, serverRows } = snapshot;
  recordServerId(db, header.serverId);
  rewindIfServerBehind(db, header.lastSeq);
  if (!snapshotEligible(db)) return false;
  // The organisation (branches, teams, agents: a few rows, and local accounts may already be there)
  // goes row by row, as a pull page that leaves the cursor at 0; a crash before the bulk load
  // below leaves the desktop eligible, and the next sync starts again.
  if (serverRows.length > 0) applyPulledPage(db, { changes: serverRows, nextCursor: 0, hasMore: true }, now());
  try {
    withLoadSettings(db, () =>
      db.transaction(() =>
        withoutCapture(db, () => {
          writeSnapshotRows(db, groups, pushableTables);
          queueAllForIndexing(db);
          savePullCursor(db, header.cursor, now());
          savePullMark(db, header.cursorMark);
        }),
      )(),
    );
  } catch {
    // A row this desktop refuses (a constraint): nothing was written; the row-by-row pull sets such rows aside.
    return false;
  }
  return true;
}

/** Reads the snapshot's lines (header, pages of rows, end) into groups of rows by table and column list, checking each line. */
interface Snapshot {
  header: SnapshotHeader;
  /** Rows of the pushed tables, for the bulk load. */
  groups: SnapshotGroup[];
  /** Rows of the tables only the server writes (the organisation), applied as a pull applies them. */
  serverRows: PulledRow[];
}

async function readSnapshot(db: WritableDB, lines: AsyncIterable<string>): Promise<Snapshot> {
  const columnsOf = tableColumns(db);
  const groups = new Map<string, SnapshotGroup>();
  const lastOfTable = new Map<string, { names: string[]; group: SnapshotGroup }>();
  const serverRows: PulledRow[] = [];
  let header: SnapshotHeader | null = null;
  let rows = 0;
  for await (const line of lines) {
    if (line === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new SnapshotError('a snapshot line is not JSON');
    }
    if (!header) {
      const parsed = snapshotHeaderSchema.safeParse(value);
      if (!parsed.success) throw new SnapshotError('the snapshot does not start with its header');
      header = parsed.data;
      continue;
    }
    if (Array.isArray(value)) {
      for (const row of value) addRow(groups, lastOfTable, serverRows, columnsOf, row);
      rows += value.length;
      continue;
    }
    const end = snapshotEndSchema.safeParse(value);
    if (!end.success) throw new SnapshotError('a snapshot line is neither a page of rows nor its end');
    if (end.data.rows !== rows) throw new SnapshotError(`the snapshot ends after ${rows} rows but says ${end.data.rows}`);
    return { header, groups: [...groups.values()], serverRows };
  }
  throw new SnapshotError(`the snapshot was cut off after ${rows} rows`);
}

/**
 * Adds one row line `{t, k, f}`. Checked by hand rather than with zod (a first sync has hundreds
 * of thousands of rows): the table must be a synced one, only its own columns are kept, and every
 * value must be a string, a finite number or null.
 */
function addRow(groups: Map<string, SnapshotGroup>, lastOfTable: Map<string, { names: string[]; group: SnapshotGroup }>, serverRows: PulledRow[], columnsOf: (table: string) => Set<string>, value: unknown): void {
  const row = value as { t?: unknown; k?: unknown; f?: unknown };
  if (typeof row !== 'object' || row === null || typeof row.t !== 'string' || typeof row.k !== 'string' || typeof row.f !== 'object' || row.f === null || Array.isArray(row.f)) {
    throw new SnapshotError('a snapshot row is not {t, k, f}');
  }
  const table = syncTableOf(row.t);
  if (!table) return; // a table this desktop does not know (a newer server): the pull skips it too
  const fields = row.f as Record<string, unknown>;
  if (table.mode === 'server') {
    const checked = pulledRowSchema.safeParse(value);
    if (!checked.success) throw new SnapshotError(`a snapshot row of ${row.t} is not {t, k, f}`);
    serverRows.push(checked.data);
    return;
  }
  const names = Object.keys(fields);
  // Rows of a table nearly always have the same fields in the same order: the group found for the
  // table's previous row is checked first, without building its key again.
  const last = lastOfTable.get(row.t);
  let group: SnapshotGroup;
  if (last && sameNames(last.names, names)) group = last.group;
  else {
    const known = columnsOf(row.t);
    const columns = names.filter((c) => known.has(c));
    const key = `${row.t}\u0000${columns.join(',')}`;
    let found = groups.get(key);
    if (!found) groups.set(key, (found = { table: row.t, pk: table.pk, columns, values: [] }));
    group = found;
    lastOfTable.set(row.t, { names, group });
  }
  for (const column of group.columns) {
    const v = fields[column];
    if (!(v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)))) throw new SnapshotError(`a snapshot value of ${row.t}.${column} is not a string, number or null`);
    group.values.push(v as SnapshotValue);
  }
}

const sameNames = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((name, i) => name === b[i]);
