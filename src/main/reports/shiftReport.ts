import { maskPhone } from '../../shared/domain/piiMask';
import { redact } from '../../shared/domain/redact';
import { averageHandleSeconds, averageScore, firstContactResolved, lateSeconds, rateOf, slaOutcome, type SlaOutcome } from '../../shared/domain/reportMetrics';
import { defaultShifts } from '../../shared/domain/shifts';
import type { CaseStatus, Channel } from '../../shared/schemas/case';
import type { Category, FollowUpKind, Priority } from '../../shared/schemas/domainTerms';
import { followUpKinds } from '../../shared/schemas/domainTerms';
import type {
  AgentReportRow,
  BreachRow,
  CollaborationRow,
  ComplaintRow,
  ComplaintType,
  FollowUpRow,
  IssueRow,
  ReopenedRow,
  ReportFilter,
  SatisfactionRow,
  ShiftReport,
  SlaCounts,
  SlaMetricName,
} from '../../shared/schemas/reports';
import { prepareShiftReportReads } from '../store/cases/shiftReportReads';
import type { ReadableDB } from '../store/db';
import { allAgentNames, allTeamNames, branchNameOf } from '../store/organisation/organisationReads';
import { yieldToEventLoop } from './yieldToEventLoop';
import { returnsReport } from './returnsReport';
import { incidentCounts } from '../store/incidents/incidentRows';
import { proactiveSummary } from '../store/proactive/proactiveRows';

export interface ReportRunContext {
  now: number;
  /** Unmasked phone numbers and free text: exports with "include personal data" only. */
  personalData: boolean;
  /** The business calendar's offset from UTC: shift hours are local times. */
  utcOffsetMinutes: number;
  isCancelled?: () => boolean;
  onProgress?: (done: number, total: number) => void;
}

export class ReportCancelled extends Error {
  constructor() {
    super('the report was cancelled');
  }
}

/** Cases per chunk: each chunk is a few tens of milliseconds of work, then the event loop runs. */
const CASES_PER_SLICE = 8_000;
const MAX_SLICES = 200;
export const TOP_ISSUES = 10;

type OpenedRow = [
  id: string,
  number: string,
  customerId: string,
  channel: Channel,
  priority: Priority,
  scenario: string,
  severity: 'minor' | 'major' | null,
  category: Category | null,
  product: string | null,
  assigneeId: string | null,
  teamId: string | null,
  responseDueAt: number | null,
  firstResponseAt: number | null,
  resolutionDueAt: number | null,
  resolvedAt: number | null,
  reopenCount: number,
  firstContactEnd: number | null,
];

interface AgentTally {
  casesOpened: number;
  casesResolved: number;
  calls: number;
  talkSeconds: number;
  acwSeconds: number;
  fcrEligible: number;
  fcrResolved: number;
  scores: number[];
  breaches: number;
}

const emptySla = () => ({ met: 0, breached: 0, pending: 0 });
const withRate = (c: { met: number; breached: number; pending: number }): SlaCounts => ({ ...c, rate: rateOf(c.met, c.met + c.breached) });

interface PendingBreach {
  caseId: string;
  number: string;
  customerId: string;
  channel: Channel;
  priority: Priority;
  metric: SlaMetricName;
  dueAt: number;
  metAt: number | null;
  assigneeId: string | null;
  teamId: string | null;
}

/**
 * Computes the shift report for `filter` (already scoped to what the actor may see) from `db`,
 * in time slices of about 8,000 cases: after each the event loop runs, progress is reported and
 * a cancellation is honoured (throwing ReportCancelled). Every metric is defined in the README
 * ("Team lead reports") and by shared/domain/reportMetrics.ts.
 */
export async function computeShiftReport(db: ReadableDB, filter: ReportFilter, ctx: ReportRunContext): Promise<ShiftReport> {
  const shift = filter.shift ? defaultShifts[filter.shift] : null;
  const sql = prepareShiftReportReads(db, shift);
  const asOf = Math.min(ctx.now, filter.to);
  const params = { branchId: filter.branchId, teamId: filter.teamId, agentId: filter.agentId, offsetMs: ctx.utcOffsetMinutes * 60_000 };

  const opened = sql.countOpened.get({ a: filter.from, b: filter.to }) as number;
  const sliceCount = Math.min(MAX_SLICES, Math.max(1, Math.ceil(opened / CASES_PER_SLICE)));
  const total = sliceCount + 2;
  let done = 0;
  const step = async () => {
    done++;
    ctx.onProgress?.(done, total);
    await yieldToEventLoop();
    if (ctx.isCancelled?.()) throw new ReportCancelled();
  };
  if (ctx.isCancelled?.()) throw new ReportCancelled();

  const agents = new Map<string, AgentTally>();
  const tally = (agentId: string | null): AgentTally => {
    const key = agentId ?? '';
    let t = agents.get(key);
    if (!t) agents.set(key, (t = { casesOpened: 0, casesResolved: 0, calls: 0, talkSeconds: 0, acwSeconds: 0, fcrEligible: 0, fcrResolved: 0, scores: [0, 0, 0, 0, 0], breaches: 0 }));
    return t;
  };
  const responseSla = emptySla();
  const resolutionSla = emptySla();
  const complaints = new Map<string, ComplaintRow>();
  const issues = new Map<string, { category: Category | null; product: string | null; cases: number }>();
  const collaboration = new Map<string, CollaborationRow>();
  const followUps = new Map<FollowUpKind, FollowUpRow>(followUpKinds.map((kind) => [kind, { kind, due: 0, done: 0, missed: 0 }]));
  const pendingBreaches: PendingBreach[] = [];
  let casesOpened = 0;
  let complaintCount = 0;
  // Cases ever escalated or transferred (a few per cent of all), read once when first needed.
  let collaborated: Set<string> | null = null;
  const collaboratedCases = () => (collaborated ??= new Set(sql.collaborated.all() as string[]));

  const span = filter.to - filter.from;
  for (let i = 0; i < sliceCount; i++) {
    const slice = { ...params, a: filter.from + Math.floor((span * i) / sliceCount), b: i === sliceCount - 1 ? filter.to : filter.from + Math.floor((span * (i + 1)) / sliceCount) };

    for (const row of sql.opened.all(slice) as OpenedRow[]) {
      const [id, number, customerId, channel, priority, scenario, severity, category, product, assigneeId, teamId, responseDueAt, firstResponseAt, resolutionDueAt, resolvedAt, reopenCount, firstContactEnd] = row;
      casesOpened++;
      const t = tally(assigneeId);
      t.casesOpened++;
      const outcomes: [SlaMetricName, number | null, number | null, SlaOutcome | null][] = [
        ['response', responseDueAt, firstResponseAt, slaOutcome(responseDueAt, firstResponseAt, asOf)],
        ['resolution', resolutionDueAt, resolvedAt, slaOutcome(resolutionDueAt, resolvedAt, asOf)],
      ];
      let breached = false;
      for (const [metric, dueAt, metAt, outcome] of outcomes) {
        if (outcome === null) continue;
        (metric === 'response' ? responseSla : resolutionSla)[outcome]++;
        if (outcome === 'breached') {
          breached = true;
          t.breaches++;
          pendingBreaches.push({ caseId: id, number, customerId, channel, priority, metric, dueAt: dueAt!, metAt, assigneeId, teamId });
        }
      }
      // Whether the case was escalated or transferred matters only when it could be a first-contact resolution.
      const couldBeFcr = firstContactResolved({ resolvedAt, reopenCount, collaborated: false, firstContactEndAt: firstContactEnd });
      const fcr = couldBeFcr ? !collaboratedCases().has(id) : couldBeFcr;
      if (fcr !== null) {
        t.fcrEligible++;
        if (fcr) t.fcrResolved++;
      }
      if (scenario === 'complaint') {
        complaintCount++;
        const graded: ComplaintType = severity ?? 'unspecified';
        const key = `${category ?? ''}\u0000${graded}`;
        let c = complaints.get(key);
        if (!c) complaints.set(key, (c = { category, severity: graded, cases: 0, resolved: 0, open: 0, breached: 0 }));
        c.cases++;
        if (resolvedAt !== null) c.resolved++;
        else c.open++;
        if (breached) c.breached++;
      }
      const issueKey = `${category ?? ''}\u0000${product ?? ''}`;
      let issue = issues.get(issueKey);
      if (!issue) issues.set(issueKey, (issue = { category, product, cases: 0 }));
      issue.cases++;
    }
    for (const r of sql.resolved.all(slice) as { agent: string | null; n: number }[]) tally(r.agent).casesResolved += r.n;
    for (const r of sql.calls.all(slice) as { agent: string | null; n: number; talk: number; acw: number }[]) {
      const t = tally(r.agent);
      t.calls += r.n;
      t.talkSeconds += r.talk;
      t.acwSeconds += r.acw;
    }
    for (const r of sql.collaboration.all(slice) as { kind: 'escalation' | 'transfer'; target: string; n: number }[]) {
      const key = `${r.kind}\u0000${r.target}`;
      const c = collaboration.get(key);
      if (c) c.count += r.n;
      else collaboration.set(key, { kind: r.kind, target: r.target, count: r.n });
    }
    for (const r of sql.surveys.all(slice) as { agent: string | null; score: number; n: number }[]) tally(r.agent).scores[r.score - 1]! += r.n;
    for (const r of sql.followUps.all(slice) as { kind: FollowUpKind; state: 'due' | 'done' | 'missed'; n: number }[]) followUps.get(r.kind)![r.state] += r.n;
    await step();
  }

  // Names of people and the customers on listed cases.
  const agentNames = new Map(allAgentNames(db).map((a) => [a.id, a]));
  const teamNames = new Map(allTeamNames(db).map((t) => [t.id, t.name]));
  const customers = new Map<string, { name: string; phone: string }>();
  const shown = (row: { name: string; phone: string }) => ({ name: row.name, phone: ctx.personalData ? row.phone : maskPhone(row.phone) });
  const customerOf = (id: string) => {
    let c = customers.get(id);
    if (!c) customers.set(id, (c = shown((sql.customer.get(id) as { name: string; phone: string } | undefined) ?? { name: '', phone: '' })));
    return c;
  };
  // Many listed cases: reading every customer once is cheaper than looking each one up.
  if (pendingBreaches.length * 4 > (sql.customerCount.get() as number)) {
    for (const [id, name, phone] of sql.allCustomers.all() as [string, string, string][]) customers.set(id, shown({ name, phone }));
  }
  const nameOf = (agentId: string | null) => (agentId ? (agentNames.get(agentId)?.name ?? agentId) : null);

  const reopened: ReopenedRow[] = (
    sql.reopened.all({ ...params, a: filter.from, b: filter.to }) as {
      id: string;
      number: string;
      customer_id: string;
      subject: string;
      reopen_count: number;
      status: CaseStatus;
      assignee_id: string | null;
      reopened_at: number;
    }[]
  ).map((r) => {
    const customer = customerOf(r.customer_id);
    return {
      caseId: r.id,
      number: r.number,
      customerName: customer.name,
      customerPhone: customer.phone,
      subject: ctx.personalData ? r.subject : redact(r.subject),
      reopenedAt: r.reopened_at,
      reopenCount: r.reopen_count,
      status: r.status,
      assigneeName: nameOf(r.assignee_id),
    };
  });
  await step();

  pendingBreaches.sort((x, y) => x.dueAt - y.dueAt || x.number.localeCompare(y.number) || x.metric.localeCompare(y.metric));
  const breaches: BreachRow[] = pendingBreaches.map((b) => {
    const customer = customerOf(b.customerId);
    return {
      caseId: b.caseId,
      number: b.number,
      customerName: customer.name,
      customerPhone: customer.phone,
      channel: b.channel,
      priority: b.priority,
      metric: b.metric,
      dueAt: b.dueAt,
      metAt: b.metAt,
      lateSeconds: lateSeconds(b.dueAt, b.metAt, asOf),
      assigneeName: nameOf(b.assigneeId),
      teamName: b.teamId ? (teamNames.get(b.teamId) ?? null) : null,
    };
  });

  const totals = { casesResolved: 0, calls: 0, talkSeconds: 0, acwSeconds: 0, fcrEligible: 0, fcrResolved: 0, scores: [0, 0, 0, 0, 0] };
  const byAgent: AgentReportRow[] = [];
  for (const [key, t] of agents) {
    totals.casesResolved += t.casesResolved;
    totals.calls += t.calls;
    totals.talkSeconds += t.talkSeconds;
    totals.acwSeconds += t.acwSeconds;
    totals.fcrEligible += t.fcrEligible;
    totals.fcrResolved += t.fcrResolved;
    t.scores.forEach((n, i) => (totals.scores[i]! += n));
    const agent = key ? agentNames.get(key) : undefined;
    byAgent.push({
      agentId: key || null,
      name: agent?.name ?? key,
      number: agent?.number ?? '',
      casesOpened: t.casesOpened,
      casesResolved: t.casesResolved,
      calls: t.calls,
      talkSeconds: t.talkSeconds,
      acwSeconds: t.acwSeconds,
      averageHandleSeconds: averageHandleSeconds(t.calls, t.talkSeconds, t.acwSeconds),
      fcrRate: rateOf(t.fcrResolved, t.fcrEligible),
      surveys: t.scores.reduce((a, b) => a + b, 0),
      satisfactionAverage: averageScore(t.scores),
      breaches: t.breaches,
    });
  }
  byAgent.sort((x, y) => (x.agentId === null ? 1 : 0) - (y.agentId === null ? 1 : 0) || y.calls - x.calls || y.casesOpened - x.casesOpened || x.number.localeCompare(y.number));

  const surveyCount = totals.scores.reduce((a, b) => a + b, 0);
  const satisfaction: SatisfactionRow[] = totals.scores.map((count, i) => ({ score: (i + 1) as SatisfactionRow['score'], count, share: rateOf(count, surveyCount) }));
  const collaborationRows = [...collaboration.values()].sort((x, y) => x.kind.localeCompare(y.kind) || y.count - x.count || x.target.localeCompare(y.target));
  const complaintRows = complaintsByType([...complaints.values()]);
  const topIssues: IssueRow[] = [...issues.values()]
    .sort((x, y) => y.cases - x.cases || (x.category ?? '').localeCompare(y.category ?? '') || (x.product ?? '').localeCompare(y.product ?? ''))
    .slice(0, TOP_ISSUES)
    .map((issue, i) => ({ rank: i + 1, category: issue.category, product: issue.product, cases: issue.cases, share: issue.cases / casesOpened }));
  const followUpRows = [...followUps.values()];
  const sumFollowUps = (state: 'due' | 'done' | 'missed') => followUpRows.reduce((n, r) => n + r[state], 0);
  const escalations = collaborationRows.filter((r) => r.kind === 'escalation').reduce((n, r) => n + r.count, 0);
  const transfers = collaborationRows.filter((r) => r.kind === 'transfer').reduce((n, r) => n + r.count, 0);
  await step();

  return {
    filter,
    scope: {
      branchName: filter.branchId ? (branchNameOf(db, filter.branchId) ?? null) : null,
      teamName: filter.teamId ? (teamNames.get(filter.teamId) ?? null) : null,
      agentName: nameOf(filter.agentId),
      shift: filter.shift,
    },
    generatedAt: ctx.now,
    asOf,
    personalData: ctx.personalData,
    summary: {
      casesOpened,
      casesResolved: totals.casesResolved,
      callsHandled: totals.calls,
      talkSeconds: totals.talkSeconds,
      acwSeconds: totals.acwSeconds,
      averageHandleSeconds: averageHandleSeconds(totals.calls, totals.talkSeconds, totals.acwSeconds),
      fcrEligible: totals.fcrEligible,
      fcrResolved: totals.fcrResolved,
      fcrRate: rateOf(totals.fcrResolved, totals.fcrEligible),
      responseSla: withRate(responseSla),
      resolutionSla: withRate(resolutionSla),
      escalations,
      transfers,
      complaints: complaintCount,
      surveys: surveyCount,
      satisfactionAverage: averageScore(totals.scores),
      followUpsDue: sumFollowUps('due'),
      followUpsDone: sumFollowUps('done'),
      followUpsMissed: sumFollowUps('missed'),
      reopenedCases: reopened.length,
    },
    byAgent,
    breaches,
    collaboration: collaborationRows,
    complaints: complaintRows,
    satisfaction,
    followUps: followUpRows,
    topIssues,
    reopened,
    returns: returnsReport(db, filter, { asOf, shift, utcOffsetMinutes: ctx.utcOffsetMinutes, personalData: ctx.personalData }),
    // Incidents and proactive lists belong to a branch, not a team: counted for the report's branch (all when none).
    incidents: incidentCounts(db, filter.from, filter.to, filter.branchId),
    proactive: proactiveSummary(db, filter.from, filter.to, filter.branchId),
  };
}


const severityOrder: Record<ComplaintType, number> = { major: 0, minor: 1, unspecified: 2 };

/** Complaint types (categories) with the most cases first, the unclassified last; in each, major before minor before not graded. */
function complaintsByType(rows: ComplaintRow[]): ComplaintRow[] {
  const perType = new Map<string, number>();
  for (const r of rows) perType.set(r.category ?? '', (perType.get(r.category ?? '') ?? 0) + r.cases);
  const total = (r: ComplaintRow) => perType.get(r.category ?? '') ?? 0;
  return rows.sort(
    (x, y) =>
      (x.category === null ? 1 : 0) - (y.category === null ? 1 : 0) ||
      total(y) - total(x) ||
      (x.category ?? '').localeCompare(y.category ?? '') ||
      severityOrder[x.severity] - severityOrder[y.severity],
  );
}
