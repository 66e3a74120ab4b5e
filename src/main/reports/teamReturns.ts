import { returnWaitAt } from '../../shared/domain/returnOversight';
import type { TeamReturn } from '../../shared/schemas/returnReports';
import type { ReadableDB } from '../store/db';
import { openReturnsIn } from '../store/returns/returnOversightReads';

/** Open returns read for the team view: enough that the overdue ones are all there in practice. */
const READ_LIMIT = 500;

/**
 * Issue 17: the team's open returns for the lead — each with the step it waits for, when that is
 * due and how late it is at `now` — overdue ones first (the latest first), then by due time.
 */
export function teamReturns(db: ReadableDB, scope: { column: 'team_id' | 'branch_id'; id: string | null }, now: number, limit: number): TeamReturn[] {
  const list: TeamReturn[] = [];
  for (const r of openReturnsIn(db, scope.column, scope.id, READ_LIMIT)) {
    const wait = returnWaitAt({ state: r.state, steps: r.steps }, now);
    if (!wait) continue;
    list.push({
      id: r.id,
      caseId: r.caseId,
      number: r.number,
      subject: r.subject,
      customerName: r.customerName,
      kind: r.kind,
      step: r.step,
      state: 'open',
      waitingFor: wait.step,
      dueAt: wait.dueAt,
      overdue: wait.overdue,
      lateMs: wait.lateMs,
      requestedAt: r.createdAt,
      assigneeName: r.assigneeName,
    });
  }
  const dueOrder = (x: TeamReturn) => x.dueAt ?? Number.MAX_SAFE_INTEGER;
  return list.sort((a, b) => Number(b.overdue) - Number(a.overdue) || b.lateMs - a.lateMs || dueOrder(a) - dueOrder(b) || a.requestedAt - b.requestedAt).slice(0, limit);
}
