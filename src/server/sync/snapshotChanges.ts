import type { AuthedAgent } from '../auth/authedAgent';
import type { SnapshotHeader, SnapshotRequest } from '../../shared/sync/protocol';
import type { ServerDb, Tx } from '../storage/serverDb';
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
 * No record's JSON is decoded into a string and encoded again on the way (a first sync sends
 * hundreds of thousands of rows, and that cost more than reading them): SQLite hands each record's
 * JSON over as bytes, copied into the line as they are; PostgreSQL builds each page's line itself
 * (pgPageLine).
 */
export async function* snapshotLines(db: ServerDb, agent: AuthedAgent, header: SnapshotHeader, sent?: (rows: number) => void): AsyncGenerator<Buffer> {
  yield Buffer.from(`${JSON.stringify(header)}\n`);
  let rows = 0;
  if (db.kind === 'postgres') {
    for (let after = 0; ; ) {
      const page = await db.read((tx) => pgPageLine(tx, agent, after, header.cursor));
      if (page.rows === 0) break;
      yield page.line;
      rows += page.rows;
      after = page.last;
      if (page.rows < SNAPSHOT_PAGE) break;
    }
    sent?.(rows);
    yield Buffer.from(`${JSON.stringify({ end: true, rows })}\n`);
    return;
  }
  const data: DataColumn = 'CAST(data AS BLOB)';
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

/**
 * On PostgreSQL the server builds the whole line of a page (as pageLine does) and sends it as
 * bytes: no row, and no record's JSON, becomes a JavaScript string on the way. The same rows as
 * pageAfter, in the same order: the agent's branch and the shared rows, change order, one page.
 */
async function pgPageLine(tx: Tx, agent: AuthedAgent, after: number, upTo: number): Promise<{ line: Buffer; rows: number; last: number }> {
  const columns = 'tbl, pk, data, change_seq FROM records';
  const range = 'change_seq > $1 AND change_seq <= $2 ORDER BY change_seq LIMIT $3';
  const page =
    agent.role === 'admin'
      ? `SELECT ${columns} WHERE ${range}`
      : `SELECT * FROM ((SELECT ${columns} WHERE branch_id = $4 AND ${range}) UNION ALL (SELECT ${columns} WHERE branch_id IS NULL AND ${range})) mine ORDER BY change_seq LIMIT $3`;
  const [row] = await tx.all<{ rows: number; last: number | null; line: Buffer | null }>(
    `WITH page AS (${page})
     SELECT count(*) AS rows, max(change_seq) AS last,
       convert_to('[' || string_agg('{"t":' || to_json(tbl)::text || ',"k":' || to_json(pk)::text || ',"f":' || data || '}', ',' ORDER BY change_seq) || E']\n', 'UTF8') AS line
     FROM page`,
    agent.role === 'admin' ? [after, upTo, SNAPSHOT_PAGE] : [after, upTo, SNAPSHOT_PAGE, agent.branchId],
  );
  return { line: row?.line ?? Buffer.alloc(0), rows: Number(row?.rows ?? 0), last: Number(row?.last ?? after) };
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
