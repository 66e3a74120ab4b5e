import type { TFunction } from 'i18next';

/** A stretch of time as an agent reads an SLA clock: "1 天 3 小时", "2 小时 5 分", "12 分钟". */
export function formatSpan(t: TFunction, ms: number): string {
  const totalMinutes = Math.floor(Math.abs(ms) / 60_000);
  const days = Math.floor(totalMinutes / 1440);
  const hours = Math.floor((totalMinutes % 1440) / 60);
  const minutes = totalMinutes % 60;
  if (days > 0) return t('caseDetail.span.days', { days, hours });
  if (hours > 0) return t('caseDetail.span.hours', { hours, minutes });
  return t('caseDetail.span.minutes', { minutes });
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A moment on this machine's clock in the interface language's own order, 24-hour, never the
 * browser's mm/dd/yyyy: zh-CN 2026/12/05 10:00, en 2026-12-05 10:00 (the same text the date-time
 * fields take). Plain Date getters: cheap enough for long timelines, no Intl formatter per call.
 */
function format(ms: number, locale: string, seconds: boolean): string {
  const d = new Date(ms);
  const sep = locale.startsWith('en') ? '-' : '/';
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}${seconds ? `:${pad(d.getSeconds())}` : ''}`;
  return `${d.getFullYear()}${sep}${pad(d.getMonth() + 1)}${sep}${pad(d.getDate())} ${time}`;
}

/**
 * The day of a moment in the interface language's order: zh-CN 2026/12/05, en 2026-12-05; with
 * `withYear` false, the month and day alone (zh-CN 12/05, en 12-05).
 */
export function formatDate(ms: number, locale: string, withYear = true): string {
  const d = new Date(ms);
  const sep = locale.startsWith('en') ? '-' : '/';
  const monthDay = `${pad(d.getMonth() + 1)}${sep}${pad(d.getDate())}`;
  return withYear ? `${d.getFullYear()}${sep}${monthDay}` : monthDay;
}

/** The time of day of a moment, 24-hour in every language: 10:00, or 10:00:15 with `seconds`. */
export function formatTime(ms: number, seconds = false): string {
  const d = new Date(ms);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}${seconds ? `:${pad(d.getSeconds())}` : ''}`;
}

const sameDay = (a: Date, b: Date) => a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

/**
 * A moment near `now` as a queue shows it: the time alone on the same day (10:00), the month and
 * day too within the same year (12/06 10:00), the whole date otherwise (2027/01/04 10:00).
 */
export function formatNear(ms: number, now: number, locale: string): string {
  const d = new Date(ms);
  const today = new Date(now);
  if (sameDay(d, today)) return formatTime(ms);
  return `${formatDate(ms, locale, d.getFullYear() !== today.getFullYear())} ${formatTime(ms)}`;
}

let zone: { name: string; until: number } | null = null;
/**
 * The IANA time zone this machine runs in (what the agent's wall clock shows). Asked of Intl at
 * most once a minute: building a formatter costs a good part of a millisecond, and forms ask on
 * every render; a machine moved to another zone is noticed within the minute.
 */
export function localTimeZone(): string {
  const now = Date.now();
  if (!zone || now >= zone.until) zone = { name: Intl.DateTimeFormat().resolvedOptions().timeZone, until: now + 60_000 };
  return zone.name;
}

/** A moment in the agent's locale, to the minute. */
export function formatAt(ms: number, locale: string): string {
  return format(ms, locale, false);
}

/** A moment in the agent's locale, to the second (timeline entries). */
export function formatAtSeconds(ms: number, locale: string): string {
  return format(ms, locale, true);
}
