import type { AuthedAgent } from '../auth/authedAgent';
import type { PullRequest, PullResponse } from '../../shared/sync/protocol';
import type { ServerDb, Tx } from '../storage/serverDb';
import { checkServerId, highWaterOf, lastSeqOf, markOf } from './serverHistory';

export interface Row {
  tbl: string;
  pk: string;
  data: string;
  change_seq: number;
}

/**
 * One page of rows changed after `cursor` that the agent may see (admins: all; others: their
 * branch and rows shared by all), in change order. Writers are serialized, so change order is
 * commit order and a page never skips a row another push is still committing.
 */
export async function pullChanges(db: ServerDb, agent: AuthedAgent, request: PullRequest): Promise<PullResponse> {
  return JSON.parse(await pullChangesJson(db, agent, request)) as PullResponse;
}

/**
 * The same page as JSON text, built around each record's stored JSON without parsing it again
 * (what the HTTP route sends: a first sync moves hundreds of thousands of rows).
 */
export async function pullChangesJson(db: ServerDb, agent: AuthedAgent, request: PullRequest, sent?: (rows: number) => void): Promise<string> {
  const limit = request.limit;
  const { rows, cursor, restarted, serverId, highWater, lastSeq, nextMark } = await db.read(async (tx) => {
    const serverId = await checkServerId(tx, request.serverId);
    const highWater = await highWaterOf(tx);
    // A cursor beyond this history, or whose mark differs (numbers handed out again after a restore), cannot be vouched for: start again from 0.
    const vouched = request.cursor <= highWater && (request.cursorMark === undefined || (await markOf(tx, request.cursor)) === request.cursorMark);
    const cursor = vouched ? request.cursor : 0;
    const rows = await pageAfter(tx, agent, cursor, limit);
    const last = rows.slice(0, limit).at(-1);
    const nextMark = await markOf(tx, last ? Number(last.change_seq) : cursor);
    return { rows, cursor, restarted: !vouched, serverId, highWater, lastSeq: await lastSeqOf(tx, request.clientId), nextMark };
  });
  const page = rows.slice(0, limit);
  sent?.(page.length);
  const changes = page.map((row) => `{"t":${JSON.stringify(row.tbl)},"k":${JSON.stringify(row.pk)},"f":${row.data}}`);
  const nextCursor = page.length > 0 ? Number(page[page.length - 1]!.change_seq) : cursor;
  const history = `"cursorMark":${JSON.stringify(nextMark ?? '')},"restarted":${restarted},"lastSeq":${lastSeq},"highWater":${highWater},"serverId":${JSON.stringify(serverId)}`;
  return `{"changes":[${changes.join(',')}],"nextCursor":${nextCursor},"hasMore":${rows.length > limit},${history}}`;
}

/** How a page reads each record's JSON: as text, or (SQLite) as its UTF-8 bytes, which a snapshot sends on unchanged. */
export type DataColumn = 'data' | 'CAST(data AS BLOB)';

/**
 * Up to `limit + 1` rows the agent may see changed after `cursor` (and at or before `upTo` when
 * given), in change order.
 */
export async function pageAfter(tx: Tx, agent: AuthedAgent, cursor: number, limit: number, upTo = Number.MAX_SAFE_INTEGER, data: DataColumn = 'data'): Promise<Row[]> {
  if (agent.role === 'admin') {
    return tx.all<Row>(`SELECT tbl, pk, ${data} AS data, change_seq FROM records WHERE change_seq > $1 AND change_seq <= $2 ORDER BY change_seq LIMIT $3`, [cursor, upTo, limit + 1]);
  }
  const own = await tx.all<Row>(`SELECT tbl, pk, ${data} AS data, change_seq FROM records WHERE branch_id = $1 AND change_seq > $2 AND change_seq <= $3 ORDER BY change_seq LIMIT $4`, [
    agent.branchId,
    cursor,
    upTo,
    limit + 1,
  ]);
  const shared = await tx.all<Row>(`SELECT tbl, pk, ${data} AS data, change_seq FROM records WHERE branch_id IS NULL AND change_seq > $1 AND change_seq <= $2 ORDER BY change_seq LIMIT $3`, [cursor, upTo, limit + 1]);
  return shared.length === 0 ? own : [...own, ...shared].sort((a, b) => Number(a.change_seq) - Number(b.change_seq)).slice(0, limit + 1);
}
