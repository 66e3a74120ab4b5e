import { utcOffsetMinutesOf } from './shifts';

const DAY_MS = 86_400_000;

const isoDay = (localMidnightAsUtc: number) => new Date(localMidnightAsUtc).toISOString().slice(0, 10);

/** Monday 00:00 of the week holding `ms`, local time in `timeZone`, as a UTC timestamp of that local wall time. */
function weekStartLocal(ms: number, timeZone: string): number {
  const local = ms + utcOffsetMinutesOf(timeZone, ms) * 60_000;
  const midnight = Math.floor(local / DAY_MS) * DAY_MS;
  const weekday = (new Date(midnight).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return midnight - weekday * DAY_MS;
}

/**
 * The period the shift report opens on: the last complete week, Monday to Sunday in the business
 * calendar's zone. A week rather than a shift: it is the period a lead reviews (the weekly review of
 * frequent issues), it holds enough cases for rates to mean something, and it stays the same all
 * week instead of changing three times a day (and being empty after a quiet night shift).
 * When the store's newest case is older than that week (demo data, a desktop long offline), the
 * week of that newest case instead, which has ended too: the report never opens on an empty week
 * while an earlier one has work in it. Days are local dates 'YYYY-MM-DD', both included.
 */
export function defaultReportPeriod(now: number, latestCaseAt: number | null, timeZone: string): { fromDay: string; toDay: string } {
  const thisWeek = weekStartLocal(now, timeZone);
  let start = thisWeek - 7 * DAY_MS;
  if (latestCaseAt !== null && latestCaseAt <= now) {
    const latestWeek = weekStartLocal(latestCaseAt, timeZone);
    if (latestWeek < start) start = latestWeek;
  }
  return { fromDay: isoDay(start), toDay: isoDay(start + 6 * DAY_MS) };
}
