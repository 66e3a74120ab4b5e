import type { AuthedAgent } from '../auth/authedAgent';
import type { PulledRow, PullRequest, PullResponse } from '../../shared/sync/protocol';
import type { ServerDb } from '../storage/serverDb';

interface Row {
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
  const limit = request.limit;
  const rows = await db.read(async (tx) => {
    if (agent.role === 'admin') {
      return tx.all<Row>('SELECT tbl, pk, data, change_seq FROM records WHERE change_seq > $1 ORDER BY change_seq LIMIT $2', [request.cursor, limit + 1]);
    }
    const own = await tx.all<Row>('SELECT tbl, pk, data, change_seq FROM records WHERE branch_id = $1 AND change_seq > $2 ORDER BY change_seq LIMIT $3', [agent.branchId, request.cursor, limit + 1]);
    const shared = await tx.all<Row>('SELECT tbl, pk, data, change_seq FROM records WHERE branch_id IS NULL AND change_seq > $1 ORDER BY change_seq LIMIT $2', [request.cursor, limit + 1]);
    return shared.length === 0 ? own : [...own, ...shared].sort((a, b) => Number(a.change_seq) - Number(b.change_seq)).slice(0, limit + 1);
  });
  const page = rows.slice(0, limit);
  const changes: PulledRow[] = page.map((row) => ({ t: row.tbl, k: row.pk, f: JSON.parse(row.data) }));
  return {
    changes,
    nextCursor: page.length > 0 ? Number(page[page.length - 1]!.change_seq) : request.cursor,
    hasMore: rows.length > limit,
  };
}
