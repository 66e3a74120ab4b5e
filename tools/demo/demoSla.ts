import { addWorkingDays, defaultCalendar, isWorkingDay, type BusinessCalendar } from '../../src/shared/domain/businessCalendar';
import { applicableTarget, defaultSlaTargets, dueTimes, type SlaCaseFacts, type SlaMetric, type SlaTarget } from '../../src/shared/domain/sla';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Asia/Shanghai has kept UTC+8 all year since 1991: local days are fixed 24-hour spans. */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

export type DueTimesOf = (facts: SlaCaseFacts, createdAt: number) => { responseDueAt: number | null; resolutionDueAt: number | null };

/** Fast business-calendar arithmetic over a fixed span, for bulk demo data. */
export interface DemoClock {
  /** The default policy's SLA due times of a case, as shared/domain/sla `dueTimes` gives them. */
  dueTimes: DueTimesOf;
  /** As shared/domain/businessCalendar `addWorkingDays`. */
  addWorkingDays: (fromMs: number, days: number) => number;
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * SLA due times and working-day deadlines, the same as shared/domain gives them, for millions of
 * demo cases: the SLA target of each kind of case is chosen once, and working-hour arithmetic runs
 * on a table of working days made once from the business calendar for the span `[fromMs, toMs]`.
 * Outside that span, or for a calendar not on Beijing time, it falls back to the shared functions.
 */
export function makeDemoClock(fromMs: number, toMs: number, targets: readonly SlaTarget[] = defaultSlaTargets, cal: BusinessCalendar = defaultCalendar): DemoClock {
  const slow: DueTimesOf = (facts, createdAt) => {
    const due = dueTimes({ ...facts, createdAt }, targets, cal);
    return { responseDueAt: due.responseDueAt, resolutionDueAt: due.resolutionDueAt };
  };
  if (cal.timeZone !== 'Asia/Shanghai') return { dueTimes: slow, addWorkingDays: (from, days) => addWorkingDays(cal, from, days) };

  // Working-day flags for every local day of the span plus a month of slack for late deadlines.
  const firstDay = Math.floor((fromMs + SHANGHAI_OFFSET_MS) / DAY_MS) - 1;
  const dayCount = Math.ceil((toMs - fromMs) / DAY_MS) + 40;
  const working = new Uint8Array(dayCount);
  for (let i = 0; i < dayCount; i++) working[i] = isWorkingDay(cal, (firstDay + i) * DAY_MS - SHANGHAI_OFFSET_MS + 12 * 3_600_000) ? 1 : 0;
  const open = minutesOf(cal.workStart) * MINUTE_MS;
  const close = minutesOf(cal.workEnd) * MINUTE_MS;

  const addWorking = (from: number, minutes: number): number | null => {
    let day = Math.floor((from + SHANGHAI_OFFSET_MS) / DAY_MS) - firstDay;
    let at = from;
    let remaining = Math.round(minutes * MINUTE_MS);
    if (day < 0) return null;
    for (; day < dayCount; day++) {
      if (working[day] === 0) continue;
      const dayStart = (firstDay + day) * DAY_MS - SHANGHAI_OFFSET_MS;
      const opensAt = dayStart + open;
      const closesAt = dayStart + close;
      if (at < opensAt) at = opensAt;
      if (at < closesAt) {
        if (remaining <= closesAt - at) return at + remaining;
        remaining -= closesAt - at;
      }
      at = dayStart + DAY_MS;
    }
    return null; // beyond the table: let the exact function answer
  };

  // The target a case kind gets depends only on its facts, except for ties between a calendar and a
  // working-hour target of equal specificity, which the default policy does not have.
  // Cached per kind of case in nested maps: the fact values are interned strings, so no key is built per case.
  type Chosen = [SlaTarget | null, SlaTarget | null];
  const chosen = new Map<string, Map<string, Map<string, Map<string | null, Chosen>>>>();
  const choose = (facts: SlaCaseFacts): Chosen => {
    const of = (metric: SlaMetric) => applicableTarget(metric, facts, fromMs, targets, cal)?.target ?? null;
    const found: Chosen = [of('firstResponse'), of('resolution')];
    let byPriority = chosen.get(facts.channel);
    if (!byPriority) chosen.set(facts.channel, (byPriority = new Map()));
    let byScenario = byPriority.get(facts.priority);
    if (!byScenario) byPriority.set(facts.priority, (byScenario = new Map()));
    let bySeverity = byScenario.get(facts.scenario);
    if (!bySeverity) byScenario.set(facts.scenario, (bySeverity = new Map()));
    bySeverity.set(facts.severity, found);
    return found;
  };
  const targetsOf = (facts: SlaCaseFacts): Chosen => chosen.get(facts.channel)?.get(facts.priority)?.get(facts.scenario)?.get(facts.severity) ?? choose(facts);
  const dueOf = (target: SlaTarget | null, createdAt: number): number | null | undefined => {
    if (target === null) return null;
    if (target.clock === 'calendar') return createdAt + Math.round(target.minutes * MINUTE_MS);
    return addWorking(createdAt, target.minutes) ?? undefined;
  };

  const fastDueTimes: DueTimesOf = (facts, createdAt) => {
    const [response, resolution] = targetsOf(facts);
    const responseDueAt = dueOf(response, createdAt);
    const resolutionDueAt = dueOf(resolution, createdAt);
    if (responseDueAt === undefined || resolutionDueAt === undefined) return slow(facts, createdAt);
    return { responseDueAt, resolutionDueAt };
  };

  const dayStartOf = (day: number) => (firstDay + day) * DAY_MS - SHANGHAI_OFFSET_MS;
  const nextWorkingDay = (day: number) => {
    let next = day + 1;
    while (next < dayCount && working[next] === 0) next++;
    return next;
  };
  const fastAddWorkingDays = (fromMs: number, days: number): number => {
    let day = Math.floor((fromMs + SHANGHAI_OFFSET_MS) / DAY_MS) - firstDay;
    if (day < 0 || day >= dayCount) return addWorkingDays(cal, fromMs, days);
    // The first working instant at or after fromMs.
    let at = fromMs;
    if (working[day] === 0 || at >= dayStartOf(day) + close) {
      day = nextWorkingDay(day);
      if (day >= dayCount) return addWorkingDays(cal, fromMs, days);
      at = dayStartOf(day) + open;
    } else if (at < dayStartOf(day) + open) at = dayStartOf(day) + open;
    if (days === 0) return at;
    const startOpen = dayStartOf(day) + open;
    const atOpening = at === startOpen;
    for (let i = atOpening ? 1 : 0; i < days; i++) day = nextWorkingDay(day);
    if (day >= dayCount) return addWorkingDays(cal, fromMs, days);
    if (atOpening) return dayStartOf(day) + close;
    return Math.min(dayStartOf(day) + open + (at - startOpen), dayStartOf(day) + close);
  };
  return { dueTimes: fastDueTimes, addWorkingDays: fastAddWorkingDays };
}
