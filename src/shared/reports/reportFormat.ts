import { formatDurationWords } from '../domain/durationWords';
import type { Locale } from '../schemas/settings';

/** How report values read as text: the screen, CSV and PDF show them the same way. */
export type ColumnKind = 'text' | 'int' | 'decimal' | 'percent' | 'duration' | 'datetime';
export type ReportCell = string | number | null;

const pad = (n: number) => String(n).padStart(2, '0');

/** Seconds as h:mm:ss (Excel reads it as a duration): 405 → 0:06:45, 93784 → 26:03:04. */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  return `${Math.floor(s / 3600)}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}

/** A share as a percentage with one decimal: 0.6667 → 66.7%. */
export function formatPercent(fraction: number): string {
  return `${(Math.round(fraction * 1000) / 10).toFixed(1)}%`;
}

/** Epoch milliseconds as local 'YYYY-MM-DD HH:MM' in a zone `utcOffsetMinutes` ahead of UTC. */
export function formatDateTime(ms: number, utcOffsetMinutes: number): string {
  return new Date(ms + utcOffsetMinutes * 60_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** Epoch milliseconds as the local date 'YYYY-MM-DD'. */
export function formatDate(ms: number, utcOffsetMinutes: number): string {
  return formatDateTime(ms, utcOffsetMinutes).slice(0, 10);
}

/**
 * One cell as text; an empty value is `none` (e.g. '—') on screen and in PDFs, '' in CSV. With a
 * `locale` (the screen, the PDF) durations read in words ("8分钟20秒"); without one (CSV) they stay
 * h:mm:ss, which spreadsheets add up.
 */
export function formatCell(value: ReportCell, kind: ColumnKind, utcOffsetMinutes: number, none = '', locale?: Locale): string {
  if (value === null) return none;
  if (typeof value === 'string') return value;
  switch (kind) {
    case 'int':
      return String(Math.round(value));
    case 'decimal':
      return value.toFixed(2);
    case 'percent':
      return formatPercent(value);
    case 'duration':
      return locale ? formatDurationWords(value, locale) : formatDuration(value);
    case 'datetime':
      return formatDateTime(value, utcOffsetMinutes);
    case 'text':
      return String(value);
  }
}
