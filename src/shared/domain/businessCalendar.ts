import { TZDate } from '@date-fns/tz';
import { z } from 'zod';

/**
 * The business calendar that working-hour targets run on: opening hours in one time zone,
 * the working weekdays, public holidays and the weekend days that are worked instead
 * (China's 调休). All arithmetic is done in the calendar's own zone, never the machine's.
 * Times are epoch milliseconds; no function reads the clock.
 */
export interface BusinessCalendar {
  /** IANA time zone the hours and dates below are read in, e.g. 'Asia/Shanghai'. */
  timeZone: string;
  /** Opening time, 'HH:MM' (24-hour). */
  workStart: string;
  /** Closing time, 'HH:MM' (24-hour), later than workStart on the same day. */
  workEnd: string;
  /** Weekdays that are worked: 0 = Sunday … 6 = Saturday. */
  workingWeekdays: number[];
  /** Days off ('YYYY-MM-DD') even when they fall on a working weekday. */
  holidays: string[];
  /** Days worked ('YYYY-MM-DD') even when they fall on a non-working weekday. */
  extraWorkdays: string[];
}

/**
 * Mainland China, Beijing time, 09:00–18:00, Monday to Friday.
 *
 * The 2026 holidays and make-up workdays follow the State Council's holiday arrangement for
 * 2026 as best known when this was written. This is DATA to be maintained by admins (checked
 * against each year's official notice and extended every year, usually in November), not a rule.
 */
export const defaultCalendar: BusinessCalendar = {
  timeZone: 'Asia/Shanghai',
  workStart: '09:00',
  workEnd: '18:00',
  workingWeekdays: [1, 2, 3, 4, 5],
  holidays: [
    // New Year's Day: Thu 1 – Sat 3 January
    '2026-01-01', '2026-01-02', '2026-01-03',
    // Spring Festival: Sun 15 – Mon 23 February
    '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23',
    // Qingming: Sat 4 – Mon 6 April
    '2026-04-04', '2026-04-05', '2026-04-06',
    // Labour Day: Fri 1 – Tue 5 May
    '2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05',
    // Dragon Boat Festival: Fri 19 – Sun 21 June
    '2026-06-19', '2026-06-20', '2026-06-21',
    // Mid-Autumn Festival: Fri 25 – Sun 27 September
    '2026-09-25', '2026-09-26', '2026-09-27',
    // National Day: Thu 1 – Wed 7 October
    '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07',
  ],
  extraWorkdays: [
    '2026-01-04', // Sunday, for New Year's Day
    '2026-02-14', // Saturday, for Spring Festival
    '2026-02-28', // Saturday, for Spring Festival
    '2026-05-09', // Saturday, for Labour Day
    '2026-09-20', // Sunday, for National Day
    '2026-10-10', // Saturday, for National Day
  ],
};

const MINUTE_MS = 60_000;
/** A calendar with no working day within this many consecutive days is treated as broken. */
const MAX_IDLE_DAYS = 3660;

const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Minutes after midnight of an 'HH:MM' string; NaN when it is not one. */
function minutesOfDay(hhmm: string): number {
  const m = timePattern.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN;
}

function isValidDate(iso: string): boolean {
  const m = datePattern.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const probe = new Date(Date.UTC(y, mo, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo && probe.getUTCDate() === d;
}

function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const isoDate = z.string().refine(isValidDate, 'invalidDate');
const clockTime = z.string().regex(timePattern, 'invalidTime');

export const businessCalendarSchema = z
  .strictObject({
    timeZone: z.string().min(1, 'required').refine(isKnownTimeZone, 'invalidTimeZone'),
    workStart: clockTime,
    workEnd: clockTime,
    workingWeekdays: z
      .array(z.number().int().min(0).max(6))
      .min(1, 'required')
      .max(7)
      .refine((days) => new Set(days).size === days.length, 'duplicate'),
    holidays: z.array(isoDate).max(2000),
    extraWorkdays: z.array(isoDate).max(2000),
  })
  .refine((c) => minutesOfDay(c.workStart) < minutesOfDay(c.workEnd), { message: 'startNotBeforeEnd', path: ['workEnd'] })
  .refine((c) => !c.extraWorkdays.some((d) => c.holidays.includes(d)), { message: 'bothHolidayAndWorkday', path: ['extraWorkdays'] });

/** A civil date in the calendar's zone; month is 0-based like Date's. */
interface CivilDay {
  y: number;
  m: number;
  d: number;
}

/** The calendar prepared for repeated look-ups within one call. */
interface Compiled {
  zone: string;
  start: number;
  end: number;
  weekdays: ReadonlySet<number>;
  holidays: ReadonlySet<string>;
  extra: ReadonlySet<string>;
}

function compile(cal: BusinessCalendar): Compiled {
  const start = minutesOfDay(cal.workStart);
  const end = minutesOfDay(cal.workEnd);
  if (!(start < end)) throw new RangeError(`Business hours ${cal.workStart}–${cal.workEnd} are not a valid range`);
  return {
    zone: cal.timeZone,
    start,
    end,
    weekdays: new Set(cal.workingWeekdays),
    holidays: new Set(cal.holidays),
    extra: new Set(cal.extraWorkdays),
  };
}

function dayOf(c: Compiled, ms: number): CivilDay {
  if (!Number.isFinite(ms)) throw new RangeError(`Not a time: ${ms}`);
  const local = new TZDate(ms, c.zone);
  const y = local.getFullYear();
  if (Number.isNaN(y)) throw new RangeError(`Unknown time zone: ${c.zone}`);
  return { y, m: local.getMonth(), d: local.getDate() };
}

function nextDay(day: CivilDay): CivilDay {
  const t = new Date(Date.UTC(day.y, day.m, day.d + 1));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth(), d: t.getUTCDate() };
}

function sameDay(a: CivilDay, b: CivilDay): boolean {
  return a.y === b.y && a.m === b.m && a.d === b.d;
}

function dayKey(day: CivilDay): string {
  return `${String(day.y).padStart(4, '0')}-${String(day.m + 1).padStart(2, '0')}-${String(day.d).padStart(2, '0')}`;
}

function worksOn(c: Compiled, day: CivilDay): boolean {
  const key = dayKey(day);
  if (c.holidays.has(key)) return false;
  if (c.extra.has(key)) return true;
  return c.weekdays.has(new Date(Date.UTC(day.y, day.m, day.d)).getUTCDay());
}

/** The instant a wall-clock time (minutes after midnight) happens on a day in the zone. */
function instant(c: Compiled, day: CivilDay, minutes: number): number {
  return new TZDate(day.y, day.m, day.d, Math.floor(minutes / 60), minutes % 60, c.zone).getTime();
}

/** Opening hours of a day as [open, close) in epoch ms. */
function hoursOf(c: Compiled, day: CivilDay): { open: number; close: number } {
  return { open: instant(c, day, c.start), close: instant(c, day, c.end) };
}

/** The first working day on or after `day`. */
function workingDayFrom(c: Compiled, day: CivilDay): CivilDay {
  let cursor = day;
  for (let i = 0; i < MAX_IDLE_DAYS; i++) {
    if (worksOn(c, cursor)) return cursor;
    cursor = nextDay(cursor);
  }
  throw new RangeError('The business calendar has no working day');
}

/** The first working instant at or after `ms`, with the day it falls on. */
function nextWorkingInstant(c: Compiled, ms: number): { day: CivilDay; at: number } {
  const today = dayOf(c, ms);
  if (worksOn(c, today)) {
    const { open, close } = hoursOf(c, today);
    if (ms < open) return { day: today, at: open };
    if (ms < close) return { day: today, at: ms };
  }
  const day = workingDayFrom(c, nextDay(today));
  return { day, at: hoursOf(c, day).open };
}

function requireNonNegative(value: number, what: string): void {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${what} must be a finite number ≥ 0, got ${value}`);
}

/** Whether the local day `ms` falls on (in the calendar's zone) is a working day. */
export function isWorkingDay(cal: BusinessCalendar, ms: number): boolean {
  const c = compile(cal);
  return worksOn(c, dayOf(c, ms));
}

/** Whether `ms` is within opening hours of a working day: opening time included, closing time not. */
export function isWorkingTime(cal: BusinessCalendar, ms: number): boolean {
  const c = compile(cal);
  const day = dayOf(c, ms);
  if (!worksOn(c, day)) return false;
  const { open, close } = hoursOf(c, day);
  return ms >= open && ms < close;
}

/**
 * The instant `minutes` of working time after `fromMs`. The clock only runs during opening
 * hours, so it stops over nights, weekends and holidays; a start outside hours counts from the
 * next opening. A deadline that lands exactly on closing time stays there (18:00, not 09:00 the
 * next working day). With 0 minutes the result is the first working instant at or after `fromMs`.
 * Fractions of a minute are allowed (0.5 = 30 s).
 */
export function addWorkingMinutes(cal: BusinessCalendar, fromMs: number, minutes: number): number {
  requireNonNegative(minutes, 'minutes');
  const c = compile(cal);
  let { day, at } = nextWorkingInstant(c, fromMs);
  let remaining = Math.round(minutes * MINUTE_MS);
  for (;;) {
    const { close } = hoursOf(c, day);
    if (remaining <= close - at) return at + remaining;
    remaining -= close - at;
    day = workingDayFrom(c, nextDay(day));
    at = hoursOf(c, day).open;
  }
}

/**
 * The instant `days` whole working days after `fromMs`: the same time of day on the `days`-th
 * following working day. A start before opening (or outside working days) counts from the next
 * opening, so the deadline is the close of the `days`-th working day counting that one
 * (Friday evening + 1 working day = Monday 18:00). With 0 days: the first working instant at or
 * after `fromMs`.
 */
export function addWorkingDays(cal: BusinessCalendar, fromMs: number, days: number): number {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a whole number ≥ 0, got ${days}`);
  const c = compile(cal);
  const { day: startDay, at } = nextWorkingInstant(c, fromMs);
  if (days === 0) return at;
  const startHours = hoursOf(c, startDay);
  const atOpening = at === startHours.open;
  let day = startDay;
  // From the opening, the n-th day ends at that day's close; later in the day, n full days on.
  const steps = atOpening ? days - 1 : days;
  for (let i = 0; i < steps; i++) day = workingDayFrom(c, nextDay(day));
  const target = hoursOf(c, day);
  if (atOpening) return target.close;
  return Math.min(target.open + (at - startHours.open), target.close);
}

/**
 * Working minutes (fractional) between two instants: the time inside opening hours of working
 * days. Negative when `bMs` is before `aMs`.
 */
export function workingMinutesBetween(cal: BusinessCalendar, aMs: number, bMs: number): number {
  if (bMs < aMs) return -workingMinutesBetween(cal, bMs, aMs) || 0;
  const c = compile(cal);
  const last = dayOf(c, bMs);
  let day = dayOf(c, aMs);
  let total = 0;
  for (;;) {
    if (worksOn(c, day)) {
      const { open, close } = hoursOf(c, day);
      const from = Math.max(open, aMs);
      const to = Math.min(close, bMs);
      if (to > from) total += to - from;
    }
    if (sameDay(day, last)) return total / MINUTE_MS;
    day = nextDay(day);
  }
}
