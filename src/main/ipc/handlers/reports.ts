import type { reportsContract } from '../../../shared/contract/reports';
import { decideApproval } from '../../reports/approvals';
import { leadScopeOf } from '../../reports/reportAccess';
import { ReportService } from '../../reports/reportService';
import { getTeamView } from '../../reports/teamView';
import { markMissedFollowUps } from '../../actions/missedFollowUps';
import { asWritable } from '../../store/db';
import { caseTeamId } from '../../store/cases/caseTeam';
import type { HandlerContext } from '../handlerContext';
import type { FeatureHandlers, HandlerDeps } from '../handlerDeps';

/** The lead's team view and approvals, and shift reports (read in the business calendar's time zone). */
export function reportsHandlers(deps: HandlerDeps) {
  const { db } = deps;
  // Report jobs outlive one request (progress, cancel): the service reads the clock and the actor itself.
  const reports = new ReportService({ db, now: deps.now, actor: deps.actor, dataDir: deps.dataDir, chooseSavePath: deps.chooseSavePath, printHtml: deps.printHtml, onProgress: deps.onReportProgress });
  // Follow-ups past their time are marked missed before the team view or a report reads them (and every minute: services.ts).
  const teamView = (context: HandlerContext, teamId: string | null) => {
    markMissedFollowUps(db, context.now);
    return getTeamView(db, leadScopeOf(db, context.actor), teamId, context.now, context.calendarUtcOffsetMinutes);
  };
  return {
    getTeamView: ({ teamId }, context) => teamView(context, teamId),
    decideApproval: (input, context) => {
      const scope = leadScopeOf(db, context.actor);
      decideApproval(db, scope, input, context);
      return teamView(context, scope.role === 'lead' ? scope.teamId : caseTeamId(asWritable(db), input.caseId));
    },
    getReportOptions: () => reports.options(),
    runShiftReport: ({ jobId, filter }, context) => {
      markMissedFollowUps(db, context.now);
      return reports.run(jobId, filter);
    },
    exportShiftReport: (input, context) => {
      markMissedFollowUps(db, context.now);
      return reports.export(input);
    },
    cancelReport: ({ jobId }) => reports.cancel(jobId),
  } satisfies FeatureHandlers<typeof reportsContract>;
}
