import { TZDate } from '@date-fns/tz';
import { isWorkingDay, type BusinessCalendar } from '../../shared/domain/businessCalendar';

/**
 * Dates and times as the agent reads and types them, never the browser's mm/dd/yyyy: zh-CN
 * "2026/12/05 10:00", en "2026-12-05 10:00", always 24-hour. Pure: every function takes the
 * IANA time zone it works in, none reads the clock.
 */
export type DateLocale = 'zh-CN' | 'en';

export interface DateTimeParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const separator = (locale: DateLocale) => (locale === 'en' ? '-' : '/');

/** The zone this machine runs in (what the agent's wall clock shows). */
export { localTimeZone } from './formatSpan';

export function partsOf(ms: number, timeZone: string): DateTimeParts {
  const d = new TZDate(ms, timeZone);
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate(), hour: d.getHours(), minute: d.getMinutes() };
}

export function instantOf(p: DateTimeParts, timeZone: string): number {
  return new TZDate(p.year, p.month - 1, p.day, p.hour, p.minute, timeZone).getTime();
}

/** 2026/12/05 (zh-CN) or 2026-12-05 (en) from the calendar day 'YYYY-MM-DD'. */
export function formatDay(day: string, locale: DateLocale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? [m[1], m[2], m[3]].join(separator(locale)) : '';
}

/** 2026/12/05 10:00 (zh-CN) or 2026-12-05 10:00 (en), 24-hour, in `timeZone`. */
export function formatDateTime(ms: number, locale: DateLocale, timeZone: string): string {
  const p = partsOf(ms, timeZone);
  return `${formatDay(`${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`, locale)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** The calendar day 'YYYY-MM-DD' that `ms` falls on in `timeZone`. */
export function dayOf(ms: number, timeZone: string): string {
  const p = partsOf(ms, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

export type DateParseError = 'format' | 'noSuchDate' | 'time';
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: DateParseError };

// Year, month, day with / - . or 年月日 between them; then optionally a time 10:00, 10：00, 10点, 10点30分.
const datePattern = /^\s*(\d{4})\s*[/.\-年]\s*(\d{1,2})\s*[/.\-月]\s*(\d{1,2})\s*日?/u;
const timePattern = /^\s*(\d{1,2})\s*(?:[:：]\s*(\d{1,2})|[点时]\s*(?:(\d{1,2})\s*分?|(半))?)\s*$/u;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function dateParts(text: string): { parts: { year: number; month: number; day: number }; rest: string } | DateParseError {
  const m = datePattern.exec(text);
  if (!m) return 'format';
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || year < 1970) return 'noSuchDate';
  return { parts: { year, month, day }, rest: text.slice(m[0].length) };
}

/** A calendar day as typed (2026/12/5, 2026-12-05, 2026年12月5日) → 'YYYY-MM-DD'; a wrong format or a day that does not exist is an error. */
export function parseDay(text: string): Parsed<string> {
  const date = dateParts(text);
  if (typeof date === 'string') return { ok: false, error: date };
  if (date.rest.trim() !== '') return { ok: false, error: 'format' };
  const { year, month, day } = date.parts;
  return { ok: true, value: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

/** A date and time as typed (2026/12/05 10:00, 2026-12-5 9:05, 2026年12月5日10点半) → epoch ms in `timeZone`. The time is required. */
export function parseDateTime(text: string, timeZone: string): Parsed<number> {
  const date = dateParts(text);
  if (typeof date === 'string') return { ok: false, error: date };
  if (date.rest.trim() === '') return { ok: false, error: 'format' };
  const tm = timePattern.exec(date.rest);
  if (!tm) return { ok: false, error: /^\s*\d/.test(date.rest) ? 'time' : 'format' };
  const hour = Number(tm[1]);
  const minute = Number(tm[2] ?? tm[3] ?? (tm[4] ? 30 : 0));
  if (hour > 23 || minute > 59) return { ok: false, error: 'time' };
  return { ok: true, value: instantOf({ ...date.parts, hour, minute }, timeZone) };
}

/* ---------- keyboard: arrow keys step the part under the caret ---------- */

type Segment = 'year' | 'month' | 'day' | 'hour' | 'minute';
const segmentsAt: { segment: Segment; from: number; to: number }[] = [
  { segment: 'year', from: 0, to: 4 },
  { segment: 'month', from: 5, to: 7 },
  { segment: 'day', from: 8, to: 10 },
  { segment: 'hour', from: 11, to: 13 },
  { segment: 'minute', from: 14, to: 16 },
];

/** The part of a formatted value the caret is in (the year when before it, the minute when after the end). */
function segmentAt(caret: number): Segment {
  return (segmentsAt.find((s) => caret <= s.to) ?? segmentsAt[segmentsAt.length - 1]!).segment;
}

/**
 * ArrowUp/ArrowDown on a formatted date-time: the part under the caret moves by `delta` (minutes
 * by 5), carrying into the others as a calendar does. The caret stays in that part. Null when the
 * text does not parse.
 */
export function stepDateTime(text: string, caret: number, delta: number, locale: DateLocale, timeZone: string): { text: string; caret: number; ms: number } | null {
  const parsed = parseDateTime(text, timeZone);
  if (!parsed.ok) return null;
  const normal = formatDateTime(parsed.value, locale, timeZone);
  const segment = segmentAt(Math.min(caret, normal.length));
  const p = partsOf(parsed.value, timeZone);
  const d = new TZDate(p.year, p.month - 1, p.day, p.hour, p.minute, timeZone);
  if (segment === 'year') d.setFullYear(p.year + delta);
  if (segment === 'month') d.setMonth(p.month - 1 + delta);
  if (segment === 'day') d.setDate(p.day + delta);
  if (segment === 'hour') d.setHours(p.hour + delta);
  if (segment === 'minute') d.setMinutes(Math.floor(p.minute / 5) * 5 + delta * 5);
  const ms = d.getTime();
  const out = formatDateTime(ms, locale, timeZone);
  return { text: out, caret: segmentsAt.find((s) => s.segment === segment)!.to, ms };
}

/** The same for a date alone: the year, month or day under the caret. */
export function stepDay(text: string, caret: number, delta: number, locale: DateLocale): { text: string; caret: number; day: string } | null {
  const parsed = parseDay(text);
  if (!parsed.ok) return null;
  const [y, m, d] = parsed.value.split('-').map(Number) as [number, number, number];
  const segment = segmentAt(Math.min(caret, 10));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (segment === 'year') date.setUTCFullYear(y + delta);
  else if (segment === 'month') date.setUTCMonth(m - 1 + delta);
  else date.setUTCDate(d + delta);
  const day = date.toISOString().slice(0, 10);
  return { text: formatDay(day, locale), caret: segmentsAt.find((s) => s.segment === (segment === 'hour' || segment === 'minute' ? 'day' : segment))!.to, day };
}

/* ---------- quick picks for a callback ---------- */

export type QuickPick = 'in15' | 'in60' | 'nextWorkday10';

/**
 * The callback quick picks from `now`: in 15 minutes, in an hour, and 10:00 on the next working
 * day of the business calendar (tomorrow when tomorrow is worked; after a Friday, or before a
 * holiday, the next day the calendar works). The 10:00 is the wall time of `timeZone` (the zone
 * the field shows; the calendar's own by default), so the pick reads "10:00" where it appears.
 */
export function quickPickTimes(now: number, calendar: BusinessCalendar, timeZone: string = calendar.timeZone): Record<QuickPick, number> {
  const today = partsOf(now, timeZone);
  const at10 = (ahead: number) => instantOf({ year: today.year, month: today.month, day: today.day + ahead, hour: 10, minute: 0 }, timeZone);
  let next = at10(1);
  for (let ahead = 1; ahead <= 60; ahead++) {
    if (isWorkingDay(calendar, at10(ahead))) {
      next = at10(ahead);
      break;
    }
  }
  return { in15: now + 15 * 60_000, in60: now + 60 * 60_000, nextWorkday10: next };
}

/** Whether `later` falls on the calendar day after `now` (the pick is then "tomorrow"). */
export function isTomorrow(now: number, later: number, timeZone: string): boolean {
  const p = partsOf(now, timeZone);
  return dayOf(instantOf({ ...p, day: p.day + 1, hour: 12, minute: 0 }, timeZone), timeZone) === dayOf(later, timeZone);
}
