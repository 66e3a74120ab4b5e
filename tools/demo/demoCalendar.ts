import { localDay } from '../../src/shared/domain/caseNumber';
import type { DemoRng } from './random';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
/** Demo branches are all in mainland China: local time is UTC+8 all year. */
export const UTC_OFFSET_MINUTES = 480;
const OFFSET_MS = UTC_OFFSET_MINUTES * MINUTE_MS;

/** Relative call volume per hour of the local day: a 24-hour hotline, busy late morning and afternoon. */
const hourWeights = [0.04, 0.02, 0.02, 0.02, 0.02, 0.03, 0.08, 0.25, 0.6, 1.25, 1.4, 1.3, 0.85, 0.95, 1.2, 1.25, 1.2, 1.05, 0.75, 0.7, 0.6, 0.45, 0.25, 0.1];

/** When the demo cases were opened: ascending times over the `spanDays` local days up to `now`, and the day of each. */
export interface CasePlan {
  /** Creation time of every case, ascending. */
  times: Float64Array;
  /** For each local day of the span: its first case's index in `times`, and how many it has. */
  days: { start: number; count: number; day: string }[];
}

/** Local midnight (as epoch ms) of the day `ms` falls on. */
export function localMidnight(ms: number): number {
  return Math.floor((ms + OFFSET_MS) / DAY_MS) * DAY_MS - OFFSET_MS;
}

/** How busy a local day is: weekdays over weekends, growth over the span, shopping festivals up, Spring Festival down. */
function dayWeight(midnight: number, progress: number): number {
  const local = new Date(midnight + OFFSET_MS);
  const weekday = local.getUTCDay();
  const month = local.getUTCMonth() + 1;
  const date = local.getUTCDate();
  let weight = (weekday === 0 ? 0.65 : weekday === 6 ? 0.75 : 1) * (0.7 + 0.6 * progress);
  if (month === 11 && date >= 11 && date <= 20) weight *= 1.8; // Singles' Day orders and deliveries
  if (month === 6 && date >= 18 && date <= 25) weight *= 1.4; // the 618 sale
  if ((month === 1 && date >= 28) || (month === 2 && date <= 23 && date >= 14)) weight *= 0.6; // around Spring Festival
  return weight;
}

/** Spreads `cases` creation times over the `spanDays` local days ending at `now` (exclusive), deterministically. */
export function planCaseTimes(rng: DemoRng, cases: number, now: number, spanDays = 730): CasePlan {
  const today = localMidnight(now);
  const first = today - (spanDays - 1) * DAY_MS;
  const hoursToday = Math.floor((now - today) / HOUR_MS);
  const weights: number[] = [];
  const shares: number[] = [];
  let total = 0;
  for (let d = 0; d < spanDays; d++) {
    const midnight = first + d * DAY_MS;
    const hours = midnight === today ? hoursToday : 24;
    let share = 0;
    for (let h = 0; h < hours; h++) share += hourWeights[h]!;
    const weight = dayWeight(midnight, d / spanDays) * share;
    weights.push(weight);
    shares.push(share);
    total += weight;
  }
  const times = new Float64Array(cases);
  const days: CasePlan['days'] = [];
  let running = 0;
  let placed = 0;
  for (let d = 0; d < spanDays; d++) {
    running += weights[d]!;
    const until = d === spanDays - 1 ? cases : Math.round((cases * running) / total);
    const count = until - placed;
    const midnight = first + d * DAY_MS;
    const hours = midnight === today ? hoursToday : 24;
    const dayTimes = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      // Hour by weight, then a uniform millisecond within the hour.
      let u = rng.float() * shares[d]!;
      let h = 0;
      while (h < hours - 1 && u >= hourWeights[h]!) u -= hourWeights[h++]!;
      dayTimes[i] = midnight + h * HOUR_MS + rng.int(0, HOUR_MS - 1);
    }
    dayTimes.sort();
    times.set(dayTimes, placed);
    days.push({ start: placed, count, day: localDay(midnight, UTC_OFFSET_MINUTES) });
    placed = until;
  }
  return { times, days };
}
