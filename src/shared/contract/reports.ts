import {
  cancelReportInput,
  decideApprovalInput,
  exportReportInput,
  runReportInput,
  teamViewQuery,
  type ExportReply,
  type ReportOptions,
  type ReportReply,
  type TeamView,
} from '../schemas/reports';
import type { reportsChannels } from './channels/reports';
import { none, type SliceContract } from './slice';

/** The reports slice: the lead's team view and approvals, shift reports. */
export const reportsContract = {
  /** Team leads and admins only (agents get `forbidden`): the live view of a team — agents, cases about to breach, approvals, escalations. */
  getTeamView: { request: teamViewQuery, reply: {} as TeamView },
  /** Grants or denies an approval request with a reason, written to the case timeline; replies with the refreshed team view. */
  decideApproval: { request: decideApprovalInput, reply: {} as TeamView },
  /** What the shift report may be filtered by, for this lead or admin. */
  getReportOptions: { request: none, reply: {} as ReportOptions },
  /** Computes a shift report as a job the renderer names: progress arrives as onReportProgress, cancelReport stops it. */
  runShiftReport: { request: runReportInput, reply: {} as ReportReply },
  /** Exports the report as CSV (zip), XLSX or PDF after a save dialog; audited; masked unless personal data is included with a reason. */
  exportShiftReport: { request: exportReportInput, reply: {} as ExportReply },
  cancelReport: { request: cancelReportInput, reply: {} as { cancelled: boolean } },
} satisfies SliceContract<typeof reportsChannels>;
