import { z } from 'zod';
import { channels, type Channel } from '../schemas/case';
import { complaintSeverities, priorities, scenarios, type ComplaintSeverity, type Priority, type Scenario } from '../schemas/domainTerms';
import { addWorkingMinutes, workingMinutesBetween, type BusinessCalendar } from './businessCalendar';
import { clockDefinitions } from './clockDefinitions';

/**
 * Service-level targets as data, the choice of the target that applies to a case, and the
 * state of an SLA clock at a given time. See shared/docs/domain.md, "Service levels".
 */

export const slaMetrics = ['firstResponse', 'resolution'] as const;
export type SlaMetric = (typeof slaMetrics)[number];

export const slaClockKinds = ['calendar', 'business'] as const;
/** 'calendar' counts every minute; 'business' only opening hours of the business calendar. */
export type SlaClockKind = (typeof slaClockKinds)[number];

/** Which cases a target applies to: every condition given must hold; an absent one always does. */
export interface SlaConditions {
  channels?: Channel[];
  priorities?: Priority[];
  scenarios?: Scenario[];
  /** Holds only for cases with a severity set (complaints) that is listed. */
  severities?: ComplaintSeverity[];
}

export interface SlaTarget {
  id: string;
  metric: SlaMetric;
  when: SlaConditions;
  /** Time allowed from the case's creation; fractions allowed (0.5 = 30 s). */
  minutes: number;
  clock: SlaClockKind;
}

const conditionList = <T extends readonly [string, ...string[]]>(values: T) => z.array(z.enum(values)).min(1).max(values.length).optional();

export const slaTargetSchema = z.strictObject({
  id: z.string().trim().min(1, 'required').max(64, 'tooLong'),
  metric: z.enum(slaMetrics),
  when: z.strictObject({
    channels: conditionList(channels),
    priorities: conditionList(priorities),
    scenarios: conditionList(scenarios),
    severities: conditionList(complaintSeverities),
  }),
  minutes: z.number().positive().max(366 * 24 * 60),
  clock: z.enum(slaClockKinds),
}) satisfies z.ZodType<SlaTarget>;

/** A policy: a list of targets with distinct ids. */
export const slaTargetsSchema = z
  .array(slaTargetSchema)
  .max(500)
  .refine((targets) => new Set(targets.map((t) => t.id)).size === targets.length, 'duplicateId');

/**
 * The default policy: the clocks of clockDefinitions.ts (the one copy of the targets) that start
 * when the case is created, as the case row's two summary deadlines. Clocks that start at a later
 * event (the ring, a promise, the decision to collaborate) are measured by `caseClocks` only, so a
 * case made from the form has no phone-answer deadline to breach.
 */
export const defaultSlaTargets: readonly SlaTarget[] = clockDefinitions
  .filter((d) => d.metric !== undefined && d.starts === 'created')
  .map((d) => ({ id: d.id, metric: d.metric!, when: d.when, minutes: d.minutes, clock: d.clock }));

/** What target selection looks at. */
export interface SlaCaseFacts {
  channel: Channel;
  priority: Priority;
  scenario: Scenario;
  severity: ComplaintSeverity | null;
}

export interface SlaDueTimes {
  responseDueAt: number | null;
  resolutionDueAt: number | null;
  response: SlaTarget | null;
  resolution: SlaTarget | null;
}

/** Whether every condition given holds for the case. */
export function matchesConditions(when: SlaConditions, facts: SlaCaseFacts): boolean {
  return matchedConditions(when, facts) >= 0;
}

/** Number of conditions of the target when all hold for the case, or -1 when one does not. */
function matchedConditions(when: SlaConditions, facts: SlaCaseFacts): number {
  const checks: Array<[readonly string[] | undefined, string | null]> = [
    [when.channels, facts.channel],
    [when.priorities, facts.priority],
    [when.scenarios, facts.scenario],
    [when.severities, facts.severity],
  ];
  let matched = 0;
  for (const [allowed, value] of checks) {
    if (allowed === undefined) continue;
    if (value === null || !allowed.includes(value)) return -1;
    matched++;
  }
  return matched;
}

/** When a target started at `startedAt` falls due. */
export function targetDueAt(target: SlaTarget, startedAt: number, cal: BusinessCalendar): number {
  return target.clock === 'business' ? addWorkingMinutes(cal, startedAt, target.minutes) : startedAt + Math.round(target.minutes * 60_000);
}

/**
 * The target of one metric that applies to a case: of the targets whose conditions all hold,
 * the one with most conditions; on a tie the one due first (the stricter); then list order.
 */
export function applicableTarget(
  metric: SlaMetric,
  facts: SlaCaseFacts,
  createdAt: number,
  targets: readonly SlaTarget[],
  cal: BusinessCalendar,
): { target: SlaTarget; dueAt: number } | null {
  let best: { target: SlaTarget; dueAt: number; matched: number } | null = null;
  for (const target of targets) {
    if (target.metric !== metric) continue;
    const matched = matchedConditions(target.when, facts);
    if (matched < 0) continue;
    if (best !== null && matched < best.matched) continue;
    const dueAt = targetDueAt(target, createdAt, cal);
    if (best === null || matched > best.matched || dueAt < best.dueAt) best = { target, dueAt, matched };
  }
  return best && { target: best.target, dueAt: best.dueAt };
}

/** The response and resolution deadlines of a case created at `createdAt`. */
export function dueTimes(input: SlaCaseFacts & { createdAt: number }, targets: readonly SlaTarget[], cal: BusinessCalendar): SlaDueTimes {
  const response = applicableTarget('firstResponse', input, input.createdAt, targets, cal);
  const resolution = applicableTarget('resolution', input, input.createdAt, targets, cal);
  return {
    responseDueAt: response?.dueAt ?? null,
    resolutionDueAt: resolution?.dueAt ?? null,
    response: response?.target ?? null,
    resolution: resolution?.target ?? null,
  };
}

export const slaClockStates = ['running', 'warning', 'breached', 'met', 'metLate'] as const;
export type SlaClockState = (typeof slaClockStates)[number];

/** A clock warns when this fraction of the allowed time or this many minutes are left, whichever is reached first. */
export const slaWarning = { fraction: 0.2, minutes: 15 } as const;

export interface SlaClockInput {
  startedAt: number;
  dueAt: number;
  now: number;
  /** When the target was met (first response sent, case resolved); null or absent while open. */
  metAt?: number | null;
  /**
   * Pass the business calendar for a 'business' clock: the remaining time, the fraction and the
   * warning thresholds are then counted in working time, so the clock does not run down overnight.
   */
  calendar?: BusinessCalendar;
}

export interface SlaClock {
  state: SlaClockState;
  /**
   * Time left at `now` (or at `metAt` once met); negative when overdue. In working time when a
   * calendar was given (so a clock breached out of hours can show 0 while breached).
   */
  remainingMs: number;
  /** Share of the allowed time used: 0 at start, 1 at the due time, above 1 when late. */
  elapsedFraction: number;
}

/** The state of an SLA clock at `now`. Breached means past due (strictly) and not met. */
export function slaClock(input: SlaClockInput): SlaClock {
  const { startedAt, dueAt, now, calendar } = input;
  const metAt = input.metAt ?? null;
  const span = (a: number, b: number): number => (calendar ? Math.round(workingMinutesBetween(calendar, a, b) * 60_000) : b - a) || 0;
  const allowed = span(startedAt, dueAt);
  const at = metAt ?? now;
  const elapsed = Math.max(0, span(startedAt, at));
  const elapsedFraction = allowed > 0 ? elapsed / allowed : at >= dueAt ? 1 : 0;
  const remainingMs = span(at, dueAt);

  if (metAt !== null) return { state: metAt <= dueAt ? 'met' : 'metLate', remainingMs, elapsedFraction };
  if (now > dueAt) return { state: 'breached', remainingMs, elapsedFraction };
  const threshold = Math.max(allowed * slaWarning.fraction, slaWarning.minutes * 60_000);
  return { state: remainingMs <= threshold ? 'warning' : 'running', remainingMs, elapsedFraction };
}

export interface SlaBreach {
  metric: SlaMetric;
  targetId: string;
  dueAt: number;
  /** When the target was met after all (late), or null if still unmet. */
  metAt: number | null;
}

/**
 * The clocks of a case that are breached at `now`: past due and not met by the due time
 * (met late counts too). Metrics in `alreadyRecorded` are left out, so the store writes each
 * breach event once.
 */
export function breachesOf(
  due: SlaDueTimes,
  progress: { respondedAt: number | null; resolvedAt: number | null },
  now: number,
  alreadyRecorded: readonly SlaMetric[] = [],
): SlaBreach[] {
  const clocks: Array<[SlaMetric, SlaTarget | null, number | null, number | null]> = [
    ['firstResponse', due.response, due.responseDueAt, progress.respondedAt],
    ['resolution', due.resolution, due.resolutionDueAt, progress.resolvedAt],
  ];
  const breaches: SlaBreach[] = [];
  for (const [metric, target, dueAt, metAt] of clocks) {
    if (target === null || dueAt === null || alreadyRecorded.includes(metric)) continue;
    if (now > dueAt && (metAt === null || metAt > dueAt)) breaches.push({ metric, targetId: target.id, dueAt, metAt });
  }
  return breaches;
}
