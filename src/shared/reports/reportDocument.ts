import type { Locale } from '../schemas/settings';
import type { ShiftReport } from '../schemas/reports';
import type { ReturnsReport } from '../schemas/returnReports';
import { formatDate, formatDateTime, type ColumnKind, type ReportCell } from './reportFormat';
import { fill, reportLabels, type ReportLabels } from './reportLabels';

export const reportSections = ['summary', 'byAgent', 'sla', 'breaches', 'collaboration', 'complaints', 'satisfaction', 'followUps', 'topIssues', 'reopened', 'returnSteps', 'overdueReturns'] as const;
export type ReportSection = (typeof reportSections)[number];

export interface ReportColumn {
  key: string;
  header: string;
  kind: ColumnKind;
  /** Rough width in characters, for XLSX columns and PDF tables. */
  width: number;
  /** Never wrapped over two lines in the PDF (case numbers, phones); figures and dates never are. */
  whole?: boolean;
}

/** A bar chart of one section: categories along one axis, one bar (or stacked segment) per series. */
export interface ChartSpec {
  categories: string[];
  series: { key: string; name: string; values: number[] }[];
  stacked: boolean;
  /** Bars run left to right (long category names, e.g. top issues). */
  horizontal: boolean;
  valueKind: 'int' | 'decimal';
}

export interface ReportTable {
  id: ReportSection;
  title: string;
  columns: ReportColumn[];
  rows: ReportCell[][];
  /** The summary's value column: each row's own kind (a count, a duration, a rate…). */
  rowKinds?: ColumnKind[];
  chart: ChartSpec | null;
}

export interface ReportDocument {
  locale: Locale;
  title: string;
  /** Period, scope, shift, generated-at, masking note: one line each. */
  heading: string[];
  labels: ReportLabels;
  utcOffsetMinutes: number;
  tables: ReportTable[];
}

const col = (key: string, header: string, kind: ColumnKind, width = kind === 'text' ? 14 : 10): ReportColumn => ({ key, header, kind, width });
/** A text column printed whole on one line: case numbers, agent numbers, phone numbers. */
const wholeCol = (key: string, header: string, width: number): ReportColumn => ({ ...col(key, header, 'text', width), whole: true });

/**
 * The shift report as tables with headers in one language, one per section, each with the chart
 * it is drawn with: what the screen shows, and what every export (CSV, XLSX, PDF) writes.
 */
export function buildReportDocument(report: ShiftReport, locale: Locale, utcOffsetMinutes: number, reason?: string): ReportDocument {
  const L = reportLabels[locale];
  const c = L.columns;
  const s = report.summary;
  const date = (ms: number) => formatDate(ms, utcOffsetMinutes);
  const lastDay = date(report.filter.to - 1);
  const firstDay = date(report.filter.from);
  const scope = [report.scope.branchName, report.scope.teamName ?? (report.scope.branchName ? null : L.allTeams), report.scope.agentName].filter(Boolean).join(' / ');
  const heading = [
    `${L.period}: ${firstDay === lastDay ? firstDay : `${firstDay} – ${lastDay}`} (${formatDateTime(report.filter.from, utcOffsetMinutes)} – ${formatDateTime(report.filter.to, utcOffsetMinutes)})`,
    `${L.scope}: ${scope}`,
    `${L.shift}: ${report.scope.shift ? L.shifts[report.scope.shift] : L.allShifts}`,
    `${L.generatedAt}: ${formatDateTime(report.generatedAt, utcOffsetMinutes)} · ${L.asOf}: ${formatDateTime(report.asOf, utcOffsetMinutes)}`,
    report.personalData ? fill(L.unmasked, { reason: reason ?? '' }) : L.masked,
  ];
  const category = (v: string | null) => (v ? (L.categories[v as keyof typeof L.categories] ?? v) : L.categories.none);
  const agentName = (name: string | null) => name ?? L.unassigned;

  const summaryRows: [string, ReportCell, ColumnKind][] = [
    [L.metrics.casesOpened, s.casesOpened, 'int'],
    [L.metrics.casesResolved, s.casesResolved, 'int'],
    [L.metrics.callsHandled, s.callsHandled, 'int'],
    [L.metrics.averageHandle, s.averageHandleSeconds, 'duration'],
    [L.metrics.talkTime, s.talkSeconds, 'duration'],
    [L.metrics.acwTime, s.acwSeconds, 'duration'],
    [L.metrics.fcrRate, s.fcrRate, 'percent'],
    [L.metrics.responseSla, s.responseSla.rate, 'percent'],
    [L.metrics.resolutionSla, s.resolutionSla.rate, 'percent'],
    [L.metrics.responseBreaches, s.responseSla.breached, 'int'],
    [L.metrics.resolutionBreaches, s.resolutionSla.breached, 'int'],
    [L.metrics.escalations, s.escalations, 'int'],
    [L.metrics.transfers, s.transfers, 'int'],
    [L.metrics.complaints, s.complaints, 'int'],
    [L.metrics.satisfactionAverage, s.satisfactionAverage, 'decimal'],
    [L.metrics.surveys, s.surveys, 'int'],
    [L.metrics.followUpsDue, s.followUpsDue, 'int'],
    [L.metrics.followUpsDone, s.followUpsDone, 'int'],
    [L.metrics.followUpsMissed, s.followUpsMissed, 'int'],
    [L.metrics.reopenedCases, s.reopenedCases, 'int'],
    ...(report.returns ? returnSummaryRows(report.returns, L) : []),
    ...(report.incidents ? incidentSummaryRows(report.incidents, L) : []),
    ...(report.proactive ? proactiveSummaryRows(report.proactive, L) : []),
  ];
  const topAgents = report.byAgent.filter((a) => a.calls > 0).slice(0, 12);

  const tables: ReportTable[] = [
    {
      id: 'summary',
      title: L.sections.summary,
      columns: [col('metric', c.metric, 'text', 34), col('value', c.value, 'text', 14)],
      rows: summaryRows.map(([name, value]) => [name, value]),
      rowKinds: summaryRows.map(([, , kind]) => kind),
      chart: null,
    },
    {
      id: 'byAgent',
      title: L.sections.byAgent,
      columns: [
        col('agent', c.agent, 'text', 12),
        wholeCol('number', c.agentNumber, 8),
        col('casesOpened', c.casesOpened, 'int', 8),
        col('casesResolved', c.casesResolved, 'int', 8),
        col('calls', c.calls, 'int', 8),
        col('averageHandle', c.averageHandle, 'duration', 12),
        col('fcrRate', c.fcrRate, 'percent', 10),
        col('surveys', c.surveys, 'int', 8),
        col('satisfactionAverage', c.satisfactionAverage, 'decimal', 8),
        col('breaches', c.breaches, 'int', 8),
      ],
      rows: report.byAgent.map((a) => [agentName(a.agentId === null ? null : a.name), a.number || null, a.casesOpened, a.casesResolved, a.calls, a.averageHandleSeconds, a.fcrRate, a.surveys, a.satisfactionAverage, a.breaches]),
      chart: topAgents.length
        ? { categories: topAgents.map((a) => a.name), series: [{ key: 'calls', name: c.calls, values: topAgents.map((a) => a.calls) }], stacked: false, horizontal: false, valueKind: 'int' }
        : null,
    },
    {
      id: 'sla',
      title: L.sections.sla,
      columns: [col('metric', c.slaMetric, 'text', 14), col('met', c.met, 'int'), col('breached', c.breached, 'int'), col('pending', c.pending, 'int'), col('rate', c.rate, 'percent')],
      rows: (['response', 'resolution'] as const).map((m) => {
        const counts = m === 'response' ? s.responseSla : s.resolutionSla;
        return [L.slaMetrics[m], counts.met, counts.breached, counts.pending, counts.rate];
      }),
      chart: {
        categories: [L.slaMetrics.response, L.slaMetrics.resolution],
        series: [
          { key: 'met', name: c.met, values: [s.responseSla.met, s.resolutionSla.met] },
          { key: 'breached', name: c.breached, values: [s.responseSla.breached, s.resolutionSla.breached] },
        ],
        stacked: true,
        horizontal: false,
        valueKind: 'int',
      },
    },
    {
      id: 'breaches',
      title: L.sections.breaches,
      columns: [
        wholeCol('number', c.caseNumber, 30),
        col('customer', c.customer, 'text', 9),
        wholeCol('phone', c.phone, 12),
        col('channel', c.channel, 'text', 9),
        col('priority', c.priority, 'text', 7),
        col('metric', c.slaMetric, 'text', 9),
        col('dueAt', c.dueAt, 'datetime', 16),
        col('metAt', c.metAt, 'datetime', 16),
        col('late', c.late, 'duration', 10),
        col('assignee', c.assignee, 'text', 8),
        col('team', c.team, 'text', 12),
      ],
      rows: report.breaches.map((b) => [b.number, b.customerName, b.customerPhone, L.channels[b.channel], L.priorities[b.priority], L.slaMetrics[b.metric], b.dueAt, b.metAt, b.lateSeconds, agentName(b.assigneeName), b.teamName]),
      chart: null,
    },
    {
      id: 'collaboration',
      title: L.sections.collaboration,
      columns: [col('kind', c.kind, 'text', 8), col('target', c.target, 'text', 18), col('count', c.count, 'int')],
      rows: report.collaboration.map((r) => [L.collaborationKinds[r.kind], r.target || null, r.count]),
      chart: report.collaboration.length
        ? {
            categories: report.collaboration.slice(0, 10).map((r) => `${L.collaborationKinds[r.kind]} · ${r.target || L.none}`),
            series: [{ key: 'count', name: c.count, values: report.collaboration.slice(0, 10).map((r) => r.count) }],
            stacked: false,
            horizontal: true,
            valueKind: 'int',
          }
        : null,
    },
    {
      id: 'complaints',
      title: L.sections.complaints,
      columns: [
        col('type', c.complaintType, 'text', 12),
        col('severity', c.complaintSeverity, 'text', 10),
        col('cases', c.cases, 'int'),
        col('resolved', c.resolved, 'int'),
        col('open', c.open, 'int'),
        col('breached', c.breached, 'int'),
      ],
      rows: report.complaints.map((r) => [category(r.category), L.complaintTypes[r.severity], r.cases, r.resolved, r.open, r.breached]),
      chart: complaintChart(report, L),
    },
    {
      id: 'satisfaction',
      title: L.sections.satisfaction,
      columns: [col('score', c.score, 'text', 8), col('count', c.count, 'int'), col('share', c.share, 'percent')],
      rows: report.satisfaction.map((r) => [L.scores[r.score], r.count, r.share]),
      chart: { categories: report.satisfaction.map((r) => L.scores[r.score]), series: [{ key: 'count', name: c.count, values: report.satisfaction.map((r) => r.count) }], stacked: false, horizontal: false, valueKind: 'int' },
    },
    {
      id: 'followUps',
      title: L.sections.followUps,
      columns: [col('kind', c.followUpKind, 'text', 14), col('due', c.due, 'int'), col('done', c.done, 'int'), col('missed', c.missed, 'int')],
      rows: report.followUps.map((r) => [L.followUpKinds[r.kind], r.due, r.done, r.missed]),
      chart: {
        categories: report.followUps.map((r) => L.followUpKinds[r.kind]),
        series: (['done', 'due', 'missed'] as const).map((k) => ({ key: k, name: c[k], values: report.followUps.map((r) => r[k]) })),
        stacked: true,
        horizontal: false,
        valueKind: 'int',
      },
    },
    {
      id: 'topIssues',
      title: L.sections.topIssues,
      columns: [col('rank', c.rank, 'int', 6), col('category', c.category, 'text', 14), col('product', c.product, 'text', 14), col('cases', c.cases, 'int'), col('share', c.share, 'percent')],
      rows: report.topIssues.map((r) => [r.rank, category(r.category), r.product, r.cases, r.share]),
      chart: report.topIssues.length
        ? {
            categories: report.topIssues.map((r) => `${category(r.category)} · ${r.product ?? L.none}`),
            series: [{ key: 'cases', name: c.cases, values: report.topIssues.map((r) => r.cases) }],
            stacked: false,
            horizontal: true,
            valueKind: 'int',
          }
        : null,
    },
    {
      id: 'reopened',
      title: L.sections.reopened,
      columns: [
        wholeCol('number', c.caseNumber, 30),
        col('customer', c.customer, 'text', 10),
        wholeCol('phone', c.phone, 13),
        col('subject', c.subject, 'text', 30),
        col('reopenedAt', c.reopenedAt, 'datetime', 16),
        col('reopenCount', c.reopenCount, 'int', 8),
        col('status', c.status, 'text', 8),
        col('assignee', c.assignee, 'text', 8),
      ],
      rows: report.reopened.map((r) => [r.number, r.customerName, r.customerPhone, r.subject, r.reopenedAt, r.reopenCount, L.statuses[r.status], agentName(r.assigneeName)]),
      chart: null,
    },
    ...(report.returns ? returnTables(report.returns, L, agentName) : []),
  ];
  return { locale, title: L.title, heading, labels: L, utcOffsetMinutes, tables };
}

/** Complaints as one bar per type (category), stacked by severity; only the severities that occur. */
function complaintChart(report: ShiftReport, L: ReportLabels): ChartSpec | null {
  if (report.complaints.length === 0) return null;
  const types = [...new Set(report.complaints.map((r) => r.category))];
  const severities = (['major', 'minor', 'unspecified'] as const).filter((s) => report.complaints.some((r) => r.severity === s));
  const count = (type: string | null, severity: string) => report.complaints.find((r) => r.category === type && r.severity === severity)?.cases ?? 0;
  return {
    categories: types.map((t) => (t ? L.categories[t] : L.categories.none)),
    series: severities.map((s) => ({ key: s, name: L.complaintTypes[s], values: types.map((t) => count(t, s)) })),
    stacked: true,
    horizontal: false,
    valueKind: 'int',
  };
}

/** Issue 18: incidents reported in the period, how many of them are still open and how many resolved. */
function incidentSummaryRows(i: NonNullable<ShiftReport['incidents']>, L: ReportLabels): [string, ReportCell, ColumnKind][] {
  return [
    [L.metrics.incidentsReported, i.reported, 'int'],
    [L.metrics.incidentsOpen, i.open, 'int'],
    [L.metrics.incidentsResolved, i.resolved, 'int'],
  ];
}

/** Issue 18: proactive-list contacts made in the period, by result. */
function proactiveSummaryRows(p: NonNullable<ShiftReport['proactive']>, L: ReportLabels): [string, ReportCell, ColumnKind][] {
  return [
    [L.metrics.proactiveWorked, p.worked, 'int'],
    [L.metrics.proactiveReached, p.reached, 'int'],
    [L.metrics.proactiveNoAnswer, p.noAnswer, 'int'],
    [L.metrics.proactiveRefused, p.refused, 'int'],
    [L.metrics.proactiveDone, p.done, 'int'],
  ];
}

function returnSummaryRows(r: ReturnsReport, L: ReportLabels): [string, ReportCell, ColumnKind][] {
  return [
    [L.metrics.returnsOpen, r.open, 'int'],
    [L.metrics.returnsOverdue, r.overdue, 'int'],
    [L.metrics.returnsCompleted, r.completed, 'int'],
    [L.metrics.returnsRefused, r.refused, 'int'],
  ];
}

/** Issue 17: returns by step (waiting, overdue, done in the period, done late) and the overdue ones listed. */
function returnTables(r: ReturnsReport, L: ReportLabels, agentName: (name: string | null) => string): ReportTable[] {
  const c = L.columns;
  const stepName = (step: string) => L.returnSteps[step as keyof typeof L.returnSteps] ?? step;
  return [
    {
      id: 'returnSteps',
      title: L.sections.returnSteps,
      columns: [col('step', c.returnStep, 'text', 24), col('waiting', c.waiting, 'int'), col('overdue', c.overdue, 'int'), col('recorded', c.recorded, 'int'), col('recordedLate', c.recordedLate, 'int')],
      rows: r.byStep.map((s) => [stepName(s.step), s.waiting, s.overdue, s.recorded, s.late]),
      chart: {
        categories: r.byStep.map((s) => stepName(s.step)),
        series: [
          { key: 'waiting', name: c.waiting, values: r.byStep.map((s) => s.waiting - s.overdue) },
          { key: 'overdue', name: c.overdue, values: r.byStep.map((s) => s.overdue) },
        ],
        stacked: true,
        horizontal: false,
        valueKind: 'int',
      },
    },
    {
      id: 'overdueReturns',
      title: L.sections.overdueReturns,
      columns: [
        col('number', c.caseNumber, 'text', 30),
        col('customer', c.customer, 'text', 9),
        col('phone', c.phone, 'text', 12),
        col('kind', c.returnKind, 'text', 6),
        col('waitingFor', c.waitingFor, 'text', 20),
        col('dueAt', c.dueAt, 'datetime', 16),
        col('late', c.late, 'duration', 10),
        col('assignee', c.assignee, 'text', 8),
      ],
      rows: r.overdueList.map((o) => [o.number, o.customerName, o.customerPhone, L.returnKinds[o.kind], stepName(o.waitingFor), o.dueAt, o.lateSeconds, agentName(o.assigneeName)]),
      chart: null,
    },
  ];
}

/** The kind of one cell: its column's, or the row's own in the summary. */
export function cellKind(table: ReportTable, row: number, column: number): ColumnKind {
  const kinds = table.rowKinds;
  return kinds && column === table.columns.length - 1 ? (kinds[row] ?? 'text') : table.columns[column]!.kind;
}

/** Bar colours, series by series, shared by the screen's charts and the PDF's. */
export const chartColors = ['#2f5597', '#e07b39', '#70ad47', '#ffc000', '#7f6084', '#4bacc6'] as const;
