import { z } from 'zod';
import { shiftIds, type ShiftId } from '../domain/shifts';
import type { CaseStatus, Channel } from './case';
import { entityId, optionalText } from './case';
import type { Category, ComplaintSeverity, FollowUpKind, Priority } from './domainTerms';
import { locales } from './settings';
import type { PromiseKind } from '../domain/promises';
import type { ReturnsReport, TeamReturn } from './returnReports';

const epochMs = z.number().int().min(0).max(8_640_000_000_000);
/** A report covers at most this span: a little over two years (the weekly review looks back a year). */
export const MAX_REPORT_SPAN_MS = 800 * 86_400_000;

/** Which work a shift report covers: a half-open time range [from, to), optionally one shift's hours, branch, team or agent. */
export const reportFilter = z
  .strictObject({
    from: epochMs,
    to: epochMs,
    shift: z.enum(shiftIds, 'invalidChoice').nullable().default(null),
    branchId: entityId.nullable().default(null),
    teamId: entityId.nullable().default(null),
    agentId: entityId.nullable().default(null),
  })
  .refine((f) => f.to > f.from, { path: ['to'], message: 'invalid' })
  .refine((f) => f.to - f.from <= MAX_REPORT_SPAN_MS, { path: ['to'], message: 'tooLong' });
export type ReportFilterInput = z.input<typeof reportFilter>;
export type ReportFilter = z.output<typeof reportFilter>;

/** Chosen by the renderer, so it can cancel the job while it runs and match progress events to it. */
export const jobId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'invalid');

export const runReportInput = z.strictObject({ jobId, filter: reportFilter });
export type RunReportInput = z.input<typeof runReportInput>;

export const exportFormats = ['csv', 'xlsx', 'pdf'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const exportReportInput = z
  .strictObject({
    jobId,
    filter: reportFilter,
    format: z.enum(exportFormats, 'invalidChoice'),
    locale: z.enum(locales, 'invalidChoice'),
    /** Unmasked phone numbers and free text in the export; needs a reason, which is audited. */
    includePersonalData: z.boolean().default(false),
    reason: optionalText(200).optional(),
  })
  .refine((r) => !r.includePersonalData || Array.from(r.reason ?? '').length >= 2, { path: ['reason'], message: 'required' });
export type ExportReportInput = z.input<typeof exportReportInput>;
export type ParsedExportReport = z.output<typeof exportReportInput>;

export const cancelReportInput = z.strictObject({ jobId });

export const teamViewQuery = z.strictObject({ teamId: entityId.nullable().default(null) });

export const approvalDecisions = ['grant', 'deny'] as const;
export type ApprovalDecision = (typeof approvalDecisions)[number];

export const decideApprovalInput = z.strictObject({
  caseId: entityId,
  /** The approvalRequested timeline event being answered. */
  requestId: entityId,
  decision: z.enum(approvalDecisions, 'invalidChoice'),
  /** Written to the case timeline: at least two characters a reviewer can read. */
  reason: optionalText(500).refine((r) => Array.from(r).length >= 2, 'required'),
});
export type DecideApprovalInput = z.input<typeof decideApprovalInput>;

// ---------------------------------------------------------------------------------------------
// The shift report, as main computes it (personal data already masked unless asked for).

export interface SlaCounts {
  /** Met by the due time. */
  met: number;
  /** Met late, or still unmet after the due time. */
  breached: number;
  /** Not met yet, and not due yet at the report's as-of time: counted in neither. */
  pending: number;
  /** met / (met + breached); null when both are 0. */
  rate: number | null;
}

export interface ReportSummary {
  casesOpened: number;
  casesResolved: number;
  callsHandled: number;
  talkSeconds: number;
  acwSeconds: number;
  /** (talk + after-call work) / calls, seconds; null without calls. */
  averageHandleSeconds: number | null;
  /** Resolved cases opened in the range that had at least one contact (call) recorded. */
  fcrEligible: number;
  /** …of which were resolved within their first contact, never escalated, transferred or reopened. */
  fcrResolved: number;
  fcrRate: number | null;
  responseSla: SlaCounts;
  resolutionSla: SlaCounts;
  escalations: number;
  transfers: number;
  complaints: number;
  surveys: number;
  satisfactionAverage: number | null;
  followUpsDue: number;
  followUpsDone: number;
  followUpsMissed: number;
  reopenedCases: number;
}

export interface AgentReportRow {
  /** null: cases nobody was assigned to. */
  agentId: string | null;
  name: string;
  number: string;
  casesOpened: number;
  casesResolved: number;
  calls: number;
  talkSeconds: number;
  acwSeconds: number;
  averageHandleSeconds: number | null;
  fcrRate: number | null;
  surveys: number;
  satisfactionAverage: number | null;
  breaches: number;
}

export type SlaMetricName = 'response' | 'resolution';

export interface BreachRow {
  caseId: string;
  number: string;
  customerName: string;
  /** Masked unless the export includes personal data. */
  customerPhone: string;
  channel: Channel;
  priority: Priority;
  metric: SlaMetricName;
  dueAt: number;
  /** When it was met after all; null while still unmet. */
  metAt: number | null;
  /** How late: until metAt, or until the report's as-of time while unmet. */
  lateSeconds: number;
  assigneeName: string | null;
  teamName: string | null;
}

export interface CollaborationRow {
  kind: 'escalation' | 'transfer';
  target: string;
  count: number;
}

export type ComplaintType = ComplaintSeverity | 'unspecified';

/** Complaints of one type (the case's category; null: not classified) and one severity. */
export interface ComplaintRow {
  category: Category | null;
  severity: ComplaintType;
  cases: number;
  resolved: number;
  open: number;
  breached: number;
}

export interface SatisfactionRow {
  score: 1 | 2 | 3 | 4 | 5;
  count: number;
  share: number | null;
}

export interface FollowUpRow {
  kind: FollowUpKind;
  due: number;
  done: number;
  missed: number;
}

export interface IssueRow {
  rank: number;
  category: Category | null;
  product: string | null;
  cases: number;
  share: number;
}

export interface ReopenedRow {
  caseId: string;
  number: string;
  customerName: string;
  customerPhone: string;
  /** Redacted (phone numbers, emails, ID cards masked) unless the export includes personal data. */
  subject: string;
  reopenedAt: number;
  reopenCount: number;
  status: CaseStatus;
  assigneeName: string | null;
}

export interface ReportScope {
  branchName: string | null;
  teamName: string | null;
  agentName: string | null;
  shift: ShiftId | null;
}

export interface ShiftReport {
  filter: ReportFilter;
  scope: ReportScope;
  generatedAt: number;
  /** Clocks still running are judged at this time: the end of the range, or now if earlier. */
  asOf: number;
  /** Whether phone numbers and free text are unmasked (exports with "include personal data" only). */
  personalData: boolean;
  summary: ReportSummary;
  byAgent: AgentReportRow[];
  breaches: BreachRow[];
  collaboration: CollaborationRow[];
  complaints: ComplaintRow[];
  satisfaction: SatisfactionRow[];
  followUps: FollowUpRow[];
  topIssues: IssueRow[];
  reopened: ReopenedRow[];
  /** Issue 17: returns open and overdue by step at the report's moment, and completed in the period. */
  returns?: ReturnsReport;
  /** Issue 18: incidents reported in the period (still open, resolved), and the proactive-list contacts made and their results. */
  incidents?: { reported: number; open: number; resolved: number };
  proactive?: { lists: number; worked: number; reached: number; noAnswer: number; refused: number; done: number };
  /** Issue 18: the IANA zone its days and shifts were read in (the business calendar in force at its start); absent: Asia/Shanghai. */
  timeZone?: string;
}

export type ReportReply = { status: 'done'; report: ShiftReport } | { status: 'cancelled' };
export type ExportReply = { status: 'saved'; path: string; fileName: string; bytes: number } | { status: 'cancelled' };

export interface ReportProgress {
  jobId: string;
  phase: 'computing' | 'writing';
  done: number;
  total: number;
}

/** What the filter bar offers: only what the actor may report on. */
export interface ReportOptions {
  role: 'lead' | 'admin';
  branches: { id: string; name: string }[];
  teams: { id: string; name: string; branchId: string }[];
  agents: { id: string; name: string; number: string; teamId: string | null }[];
  /** A lead's own team (preselected and fixed); null for admins. */
  fixedTeamId: string | null;
  /** The period the report opens on: the last complete week with work (shared/domain/reportPeriod.ts), by main's clock. */
  defaultPeriod?: { fromDay: string; toDay: string };
  /** The IANA zone days are read in: the business calendar's in force (issue 18); absent: Asia/Shanghai. */
  timeZone?: string;
}

// ---------------------------------------------------------------------------------------------
// The live team view.

export const agentStates = ['onCall', 'wrapUp', 'active', 'inactive'] as const;
export type AgentState = (typeof agentStates)[number];

export interface TeamAgent {
  id: string;
  name: string;
  number: string;
  state: AgentState;
  /** The call in progress on this desktop, when it is this agent's. */
  currentCall: { channel: Channel; startedAt: number; callerMasked: string | null; stage: string } | null;
  lastCallEndedAt: number | null;
  callsToday: number;
  openCases: number;
}

export interface BreachingCase {
  caseId: string;
  number: string;
  subject: string;
  customerName: string;
  metric: SlaMetricName;
  dueAt: number;
  assigneeName: string | null;
  priority: Priority;
}

export interface PendingApproval {
  requestId: string;
  caseId: string;
  number: string;
  subject: string;
  customerName: string;
  requestedAt: number;
  requestedBy: string | null;
  remedy: string | null;
  solution: string;
}

export interface WaitingEscalation {
  caseId: string;
  number: string;
  subject: string;
  kind: 'escalation' | 'transfer';
  target: string;
  since: number;
  /** When feedback was promised by (since + expected feedback minutes); null if not recorded. */
  feedbackDueAt: number | null;
  assigneeName: string | null;
}

export interface TeamView {
  teamId: string | null;
  teamName: string | null;
  asOf: number;
  agents: TeamAgent[];
  breachingSoon: BreachingCase[];
  approvals: PendingApproval[];
  escalations: WaitingEscalation[];
  /** Issue 17: follow-ups past their time, not done (missed), latest first. */
  missedFollowUps?: MissedFollowUp[];
  /** Issue 17: major complaints escalated to the lead on open cases, newest first. */
  majorComplaints?: MajorComplaintAlert[];
  /** Issue 17: the team's open returns, overdue ones first (most late first), then by due time. */
  openReturns?: TeamReturn[];
}

export interface MissedFollowUp {
  followUpId: string;
  caseId: string;
  number: string;
  subject: string;
  customerName: string;
  kind: FollowUpKind;
  promise: PromiseKind | null;
  dueAt: number;
  agentName: string | null;
}

export interface MajorComplaintAlert {
  caseId: string;
  number: string;
  subject: string;
  customerName: string;
  escalatedAt: number;
  /** When the lead's feedback was promised by. */
  feedbackDueAt: number;
  /** The promise's follow-up: open, kept or missed (null when not found). */
  feedbackState: 'due' | 'done' | 'missed' | null;
  assigneeName: string | null;
}
