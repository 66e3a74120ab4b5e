import type { BusinessCalendar } from '../businessCalendar';

/**
 * Importing holidays and make-up working days (调休) from a file: CSV lines `date,kind,name`
 * (an optional header line naming the columns) or a JSON array of `{date, kind, name}`. Every
 * problem names its line, so an admin can fix the file; nothing is applied while one remains.
 * The years a file covers are replaced as a whole (a corrected notice replaces the old days of
 * that year); other years are kept.
 */
export const calendarDayKinds = ['holiday', 'workday'] as const;
export type CalendarDayKind = (typeof calendarDayKinds)[number];

export interface CalendarDay {
  date: string;
  kind: CalendarDayKind;
  name: string;
}

/** One problem: the 1-based line of the file, and a message key (policies.import.errors.<key>). */
export interface CalendarImportIssue {
  line: number;
  key: 'empty' | 'notJson' | 'notAList' | 'columns' | 'invalidDate' | 'invalidKind' | 'nameTooLong' | 'duplicateDate' | 'workdayOnWorkingDay' | 'tooMany';
  value?: string;
}

export type CalendarImport = { ok: true; days: CalendarDay[]; years: number[] } | { ok: false; issues: CalendarImportIssue[] };

const MAX_DAYS = 1000;
const MAX_NAME = 60;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function isValidDate(iso: string): boolean {
  const m = datePattern.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const probe = new Date(Date.UTC(y, mo, d));
  return y >= 2000 && y <= 2100 && probe.getUTCFullYear() === y && probe.getUTCMonth() === mo && probe.getUTCDate() === d;
}

function weekdayOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** Splits one CSV line on commas, honouring double quotes ("a, b" stays one field). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        current += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else current += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(current.trim());
      current = '';
    } else current += ch;
  }
  fields.push(current.trim());
  return fields;
}

interface RawDay {
  line: number;
  date: unknown;
  kind: unknown;
  name: unknown;
}

function rawFromCsv(text: string): RawDay[] | CalendarImportIssue[] {
  const rows: RawDay[] = [];
  const issues: CalendarImportIssue[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const content = raw.replace(/^\uFEFF/, '').trim();
    if (content === '' || content.startsWith('#')) return;
    const fields = csvFields(content);
    if (rows.length === 0 && issues.length === 0 && fields[0]?.toLowerCase() === 'date') return; // the header
    if (fields.length < 2 || fields.length > 3) {
      issues.push({ line, key: 'columns', value: content.slice(0, 40) });
      return;
    }
    rows.push({ line, date: fields[0], kind: fields[1], name: fields[2] ?? '' });
  });
  return issues.length > 0 ? issues : rows;
}

/** The line each top-level array element of a JSON text starts on. */
function elementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expectValue = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') line++;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (depth === 1 && expectValue && !/\s/.test(ch) && ch !== ']') {
      lines.push(line);
      expectValue = false;
    }
    if (ch === '"') inString = true;
    else if (ch === '[' || ch === '{') {
      depth++;
      if (depth === 1 && ch === '[') expectValue = true;
    } else if (ch === ']' || ch === '}') depth--;
    else if (ch === ',' && depth === 1) expectValue = true;
  }
  return lines;
}

function rawFromJson(text: string): RawDay[] | CalendarImportIssue[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [{ line: 1, key: 'notJson' }];
  }
  if (!Array.isArray(parsed)) return [{ line: 1, key: 'notAList' }];
  const lines = elementLines(text);
  return parsed.map((item: unknown, i) => {
    const o = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    return { line: lines[i] ?? i + 1, date: o['date'], kind: o['kind'], name: o['name'] ?? '' };
  });
}

/**
 * Reads a calendar file. `workingWeekdays` tells which weekdays are normally worked, so a
 * make-up working day on one of them (a mistake in the file) is refused.
 */
export function parseCalendarFile(text: string, workingWeekdays: readonly number[] = [1, 2, 3, 4, 5]): CalendarImport {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return { ok: false, issues: [{ line: 1, key: 'empty' }] };
  const raw = trimmed.startsWith('[') || trimmed.startsWith('{') ? rawFromJson(text.replace(/^\uFEFF/, '')) : rawFromCsv(text);
  if (raw.length > 0 && 'key' in raw[0]!) return { ok: false, issues: raw as CalendarImportIssue[] };
  const rows = raw as RawDay[];
  if (rows.length === 0) return { ok: false, issues: [{ line: 1, key: 'empty' }] };
  if (rows.length > MAX_DAYS) return { ok: false, issues: [{ line: rows[MAX_DAYS]!.line, key: 'tooMany' }] };
  const issues: CalendarImportIssue[] = [];
  const days: CalendarDay[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const date = typeof row.date === 'string' ? row.date.trim() : '';
    const kind = typeof row.kind === 'string' ? row.kind.trim().toLowerCase() : '';
    const name = typeof row.name === 'string' ? row.name.trim() : String(row.name ?? '');
    if (!isValidDate(date)) {
      issues.push({ line: row.line, key: 'invalidDate', value: String(row.date ?? '').slice(0, 20) });
      continue;
    }
    if (kind !== 'holiday' && kind !== 'workday') {
      issues.push({ line: row.line, key: 'invalidKind', value: String(row.kind ?? '').slice(0, 20) });
      continue;
    }
    if (Array.from(name).length > MAX_NAME) issues.push({ line: row.line, key: 'nameTooLong' });
    else if (seen.has(date)) issues.push({ line: row.line, key: 'duplicateDate', value: date });
    else if (kind === 'workday' && workingWeekdays.includes(weekdayOf(date))) issues.push({ line: row.line, key: 'workdayOnWorkingDay', value: date });
    else {
      seen.add(date);
      days.push({ date, kind, name });
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  const years = [...new Set(days.map((d) => Number(d.date.slice(0, 4))))].sort((a, b) => a - b);
  return { ok: true, days: days.sort((a, b) => a.date.localeCompare(b.date)), years };
}

/** The calendar with the imported years' holidays and make-up days replaced by the file's. */
export function withImportedDays(calendar: BusinessCalendar, days: readonly CalendarDay[]): BusinessCalendar {
  const years = new Set(days.map((d) => d.date.slice(0, 4)));
  const keep = (list: readonly string[]) => list.filter((d) => !years.has(d.slice(0, 4)));
  const pick = (kind: CalendarDayKind) => days.filter((d) => d.kind === kind).map((d) => d.date);
  return {
    ...calendar,
    holidays: [...keep(calendar.holidays), ...pick('holiday')].sort(),
    extraWorkdays: [...keep(calendar.extraWorkdays), ...pick('workday')].sort(),
  };
}

/** The years a calendar names days for: the admin screen shows which years are covered. */
export function calendarYears(calendar: BusinessCalendar): number[] {
  return [...new Set([...calendar.holidays, ...calendar.extraWorkdays].map((d) => Number(d.slice(0, 4))))].sort((a, b) => a - b);
}

/** What importing a file changes in a calendar: the admin checks it before publishing. */
export interface CalendarImportChanges {
  /** The years the file covers (each replaced as a whole). */
  years: number[];
  /** Of those, the years the calendar already named days for (their old days are replaced). */
  replacedYears: number[];
  holidaysAdded: string[];
  holidaysRemoved: string[];
  workdaysAdded: string[];
  workdaysRemoved: string[];
}

/** The difference between a calendar and the same calendar with a file's days imported (withImportedDays). */
export function calendarImportChanges(calendar: BusinessCalendar, days: readonly CalendarDay[]): CalendarImportChanges {
  const after = withImportedDays(calendar, days);
  const years = [...new Set(days.map((d) => Number(d.date.slice(0, 4))))].sort((a, b) => a - b);
  const known = new Set(calendarYears(calendar));
  const minus = (a: readonly string[], b: readonly string[]) => {
    const other = new Set(b);
    return a.filter((d) => !other.has(d));
  };
  return {
    years,
    replacedYears: years.filter((y) => known.has(y)),
    holidaysAdded: minus(after.holidays, calendar.holidays),
    holidaysRemoved: minus(calendar.holidays, after.holidays),
    workdaysAdded: minus(after.extraWorkdays, calendar.extraWorkdays),
    workdaysRemoved: minus(calendar.extraWorkdays, after.extraWorkdays),
  };
}
