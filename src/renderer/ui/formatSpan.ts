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

// Making an Intl formatter is costly (toLocaleString makes one per call): one per locale and style, kept.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, seconds: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${seconds}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', ...(seconds ? { second: '2-digit' } : {}) });
    formatters.set(key, format);
  }
  return format;
}

/** A moment in the agent's locale, to the minute. */
export function formatAt(ms: number, locale: string): string {
  return formatter(locale, false).format(ms);
}

/** A moment in the agent's locale, to the second (timeline entries). */
export function formatAtSeconds(ms: number, locale: string): string {
  return formatter(locale, true).format(ms);
}
