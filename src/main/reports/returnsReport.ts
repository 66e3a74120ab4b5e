import { lateSeconds } from '../../shared/domain/reportMetrics';
import { maskPhone } from '../../shared/domain/piiMask';
import { returnWaitAt, tallyReturns } from '../../shared/domain/returnOversight';
import { inShift, type ShiftDef } from '../../shared/domain/shifts';
import type { ReportFilter } from '../../shared/schemas/reports';
import type { OverdueReturnRow, ReturnsReport } from '../../shared/schemas/returnReports';
import type { ReadableDB } from '../store/db';
import { returnsForReport } from '../store/returns/returnOversightReads';

export interface ReturnsReportContext {
  asOf: number;
  shift: ShiftDef | null;
  utcOffsetMinutes: number;
  personalData: boolean;
}

/**
 * Issue 17: the shift report's returns — open and overdue at its moment (`asOf`), by the step
 * they wait for, each overdue one listed (most late first), and the steps recorded in the period
 * (within the shift's hours when a shift is chosen): completed (processed), refused, late.
 */
export function returnsReport(db: ReadableDB, filter: ReportFilter, ctx: ReturnsReportContext): ReturnsReport {
  const rows = returnsForReport(db, { branchId: filter.branchId, teamId: filter.teamId, agentId: filter.agentId, from: filter.from, to: filter.to });
  const inPeriod = (at: number) => at >= filter.from && at < filter.to && (ctx.shift === null || inShift(at, ctx.shift, ctx.utcOffsetMinutes));
  const tally = tallyReturns(
    rows.map((r) => ({ state: r.state, steps: r.steps })),
    ctx.asOf,
    inPeriod,
  );
  const overdueList: OverdueReturnRow[] = [];
  for (const r of rows) {
    const wait = returnWaitAt({ state: r.state, steps: r.steps }, ctx.asOf);
    if (!wait?.overdue || wait.dueAt === null) continue;
    overdueList.push({
      caseId: r.caseId,
      number: r.number,
      customerName: r.customerName,
      customerPhone: ctx.personalData ? r.customerPhone : maskPhone(r.customerPhone),
      kind: r.kind,
      waitingFor: wait.step,
      dueAt: wait.dueAt,
      lateSeconds: lateSeconds(wait.dueAt, null, ctx.asOf),
      assigneeName: r.assigneeName,
    });
  }
  overdueList.sort((a, b) => b.lateSeconds - a.lateSeconds || a.number.localeCompare(b.number));
  return { ...tally, overdueList };
}
