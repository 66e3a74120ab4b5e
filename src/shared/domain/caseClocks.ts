import type { Channel } from '../schemas/case';
import type { ComplaintSeverity, Priority, ReturnStep, Scenario } from '../schemas/domainTerms';
import { addWorkingMinutes, defaultCalendar, type BusinessCalendar } from './businessCalendar';
import { clockDefinitions, type ClockDefinition, type ClockEvent, type ClockId } from './clockDefinitions';
import { previousReturnStep } from './returns';
import { matchesConditions, slaClock, type SlaClockState } from './sla';

/**
 * Every service-level clock of a case, measured from recorded events (domain.md "Clocks: where
 * each starts and stops"): events in, clocks out. A clock applies when the case's channel,
 * scenario, priority and severity match its definition AND its start event was recorded; it can
 * only stop at an event at or after its start (an earlier one is ignored, so nothing is "met"
 * before it began). A working-hours clock of a case created after hours starts at the next
 * opening. No I/O, no reading of the clock: `now` is given.
 */

/** One promise of feedback or a callback ("we will call you back within 15 minutes"). */
export interface ClockPromise {
  id: string;
  madeAt: number;
  dueAt: number;
  /** When the promised contact happened; null while it has not. */
  keptAt: number | null;
}

/** A return of the case with its recorded steps, each with the due time of the step after it. */
export interface ClockReturn {
  id: string;
  steps: readonly { step: ReturnStep; at: number; dueAt: number | null }[];
}

export interface ClockFacts {
  channel: Channel;
  scenario: Scenario;
  priority: Priority;
  severity: ComplaintSeverity | null;
  /** When each recorded event happened (the first time); absent or null: not (yet) recorded. */
  events: Partial<Record<Exclude<ClockEvent, 'promiseMade' | 'promiseKept' | 'returnStepDue' | 'returnStepDone'>, number | null>>;
  promises?: readonly ClockPromise[];
  /** The case's returns: each step with a deadline is a clock (`returnReview:<return id>`…). */
  returns?: readonly ClockReturn[];
}

export interface CaseClock {
  id: ClockId;
  /** Unique within the case: the clock id, or `promisedFeedback:<promise id>`, `returnReview:<return id>`…. */
  key: string;
  /** The recorded start; for a working-hours clock the first working instant at or after it. */
  startedAt: number;
  dueAt: number;
  /** The outer limit, when the definition has one (phone answer: 30 s). */
  limitAt: number | null;
  /** The stop event, when recorded at or after the start. */
  stoppedAt: number | null;
  state: SlaClockState;
  /** Time left at `now` (or at the stop); negative when overdue. In working time for a working-hours clock. */
  remainingMs: number;
  /** Past the outer limit (not stopped by it). */
  overLimit: boolean;
  business: boolean;
  /** The target it runs under (the policy in force when it started), in minutes; null where the due time is set otherwise (a promise, a return step). */
  targetMinutes: number | null;
}

const MINUTE_MS = 60_000;

function eventAt(facts: ClockFacts, event: ClockEvent): number | null {
  if (event === 'promiseMade' || event === 'promiseKept' || event === 'returnStepDue' || event === 'returnStepDone') return null;
  const at = facts.events[event];
  return at === undefined || at === null || !Number.isFinite(at) ? null : at;
}

function measure(def: ClockDefinition, key: string, rawStart: number, rawDue: number | null, rawStop: number | null, now: number, cal: BusinessCalendar): CaseClock {
  const business = def.clock === 'business';
  const startedAt = business ? addWorkingMinutes(cal, rawStart, 0) : rawStart;
  const dueAt = rawDue ?? (business ? addWorkingMinutes(cal, rawStart, def.minutes) : rawStart + Math.round(def.minutes * MINUTE_MS));
  const limitAt = def.limitMinutes === undefined ? null : rawStart + Math.round(def.limitMinutes * MINUTE_MS);
  // A stop before the raw start cannot stop this clock (it belongs to something earlier).
  const stoppedAt = rawStop !== null && rawStop >= rawStart ? Math.max(rawStop, startedAt) : null;
  const clock = slaClock({ startedAt, dueAt, now, metAt: stoppedAt, calendar: business ? cal : undefined });
  const overLimit = limitAt !== null && (stoppedAt ?? now) > limitAt;
  return { id: def.id, key, startedAt, dueAt, limitAt, stoppedAt, state: clock.state, remainingMs: clock.remainingMs, overLimit, business, targetMinutes: rawDue === null ? def.minutes : null };
}

/** Whether a definition applies to a case of these facts (ignoring whether its start happened). */
export function clockApplies(def: ClockDefinition, facts: Pick<ClockFacts, 'channel' | 'scenario' | 'priority' | 'severity'>): boolean {
  return matchesConditions(def.when, facts);
}

/** The rules a clock is measured under, given when it started (policies: the version in force then). */
export type RulesAtStart = (startedAt: number) => { calendar: BusinessCalendar; definitions: readonly ClockDefinition[] };

/**
 * The clocks of a case at `now`: running ones first, nearest due first (the one that leads), then
 * stopped ones in the order they were due.
 */
export function caseClocks(facts: ClockFacts, now: number, cal: BusinessCalendar = defaultCalendar, definitions: readonly ClockDefinition[] = clockDefinitions): CaseClock[] {
  return caseClocksByStart(facts, now, () => ({ calendar: cal, definitions }));
}

/**
 * The clocks of a case, each measured under the rules in force when it started (issue 18): a
 * policy published later never moves a due time already running, so a breach stays a breach.
 */
export function caseClocksByStart(facts: ClockFacts, now: number, rulesAt: RulesAtStart): CaseClock[] {
  const clocks: CaseClock[] = [];
  const definitionAt = (id: ClockId, start: number) => {
    const rules = rulesAt(start);
    const def = rules.definitions.find((d) => d.id === id);
    return def && clockApplies(def, facts) ? { def, calendar: rules.calendar } : null;
  };
  for (const base of rulesAt(now).definitions) {
    if (base.starts === 'promiseMade') {
      for (const p of facts.promises ?? []) {
        const at = definitionAt(base.id, p.madeAt);
        if (at) clocks.push(measure(at.def, `${base.id}:${p.id}`, p.madeAt, Math.max(p.dueAt, p.madeAt), p.keptAt, now, at.calendar));
      }
      continue;
    }
    if (base.returnStep) {
      clocks.push(...returnStepClocks(base, base.returnStep, facts.returns ?? [], now, rulesAt(now).calendar));
      continue;
    }
    const start = eventAt(facts, base.starts);
    if (start === null) continue;
    const at = definitionAt(base.id, start);
    if (at) clocks.push(measure(at.def, base.id, start, null, eventAt(facts, at.def.stops), now, at.calendar));
  }
  const open = (c: CaseClock) => c.stoppedAt === null;
  return clocks.sort((a, b) => Number(open(b)) - Number(open(a)) || a.dueAt - b.dueAt || a.key.localeCompare(b.key));
}

/** A return step's clock per return: from the step before it (with the due time stored there) to the step itself, when recorded. */
function returnStepClocks(def: ClockDefinition, step: ReturnStep, returns: readonly ClockReturn[], now: number, cal: BusinessCalendar): CaseClock[] {
  const before = previousReturnStep(step);
  const clocks: CaseClock[] = [];
  for (const r of returns) {
    const start = r.steps.find((s) => s.step === before);
    if (!start || start.dueAt === null || !Number.isFinite(start.dueAt)) continue;
    const stop = r.steps.find((s) => s.step === step)?.at ?? null;
    clocks.push(measure(def, `${def.id}:${r.id}`, start.at, Math.max(start.dueAt, start.at), stop, now, cal));
  }
  return clocks;
}

/** The clock that leads: the nearest due one still running, else the last one due. */
export function leadingClock(clocks: readonly CaseClock[]): CaseClock | null {
  return clocks.find((c) => c.stoppedAt === null) ?? clocks[clocks.length - 1] ?? null;
}
