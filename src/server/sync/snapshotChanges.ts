import type { AuthedAgent } from '../auth/authedAgent';
import type { SnapshotHeader, SnapshotRequest } from '../../shared/sync/protocol';
import type { ServerDb } from '../storage/serverDb';
import { pageAfter, type DataColumn, type Row } from './pullChanges';
import { checkServerId, highWaterOf, lastSeqOf, markOf } from './serverHistory';

/** Rows read per read transaction while a snapshot is sent: other requests run between pages. */
const SNAPSHOT_PAGE = 10_000;

/**
 * Where a first-sync snapshot for `agent` stands: the server's history position now (the rows
 * sent are those at or before it), its mark, the server's id and the client's last seq.
 */
export async function snapshotHeader(db: ServerDb, request: SnapshotRequest): Promise<SnapshotHeader> {
  return db.read(async (tx) => {
    const serverId = await checkServerId(tx, request.serverId);
    const cursor = await highWaterOf(tx);
    return { snapshot: 1, cursor, cursorMark: (await markOf(tx, cursor)) ?? '', serverId, lastSeq: await lastSeqOf(tx, request.clientId) };
  });
}

/**
 * The snapshot body as NDJSON lines of UTF-8 (each ending in a newline): the header, then one line
 * per page holding a JSON array of rows, every row the agent may see (admins: all; others: their
 * branch and rows shared by all) changed at or before the header's cursor, in change order, then
 * the end line. Pages are read in
 * separate read transactions: a row changed meanwhile moves past the cursor and leaves the
 * snapshot, and the desktop's ordinary pull from the cursor brings its new version.
 *
 * On SQLite each record's JSON is read as bytes and copied into the line as it is: a first sync
 * sends hundreds of thousands of rows, and decoding them into strings and encoding them again cost
 * more than reading them.
 */
export async function* snapshotLines(db: ServerDb, agent: AuthedAgent, header: SnapshotHeader, sent?: (rows: number) => void): AsyncGenerator<Buffer> {
  yield Buffer.from(`${JSON.stringify(header)}\n`);
  const data: DataColumn = db.kind === 'sqlite' ? 'CAST(data AS BLOB)' : 'data';
  let rows = 0;
  for (let after = 0; ; ) {
    const page = await db.read((tx) => pageAfter(tx, agent, after, SNAPSHOT_PAGE, header.cursor, data));
    const taken = page.slice(0, SNAPSHOT_PAGE);
    if (taken.length > 0) {
      yield pageLine(taken);
      rows += taken.length;
      after = Number(taken[taken.length - 1]!.change_seq);
    }
    if (page.length <= SNAPSHOT_PAGE) break;
  }
  sent?.(rows);
  yield Buffer.from(`${JSON.stringify({ end: true, rows })}\n`);
}

/** `[{"t":…,"k":…,"f":<the record's JSON>},…]` and a newline, as UTF-8. */
function pageLine(rows: readonly Row[]): Buffer {
  const parts: Buffer[] = [];
  let head = '[';
  for (const row of rows) {
    parts.push(Buffer.from(`${head}{"t":${JSON.stringify(row.tbl)},"k":${JSON.stringify(row.pk)},"f":`));
    const data = row.data as string | Uint8Array;
    parts.push(typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    head = '},';
  }
  parts.push(Buffer.from('}]\n'));
  return Buffer.concat(parts);
}
