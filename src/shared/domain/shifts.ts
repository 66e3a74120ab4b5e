/**
 * The shifts a contact centre runs, as local times of day. A report "for a shift" counts only what
 * happened inside that shift's hours, on every day of the report's time range. Shifts are data
 * (like the business calendar): a site with other hours changes these, not the report code.
 */
export const shiftIds = ['early', 'late', 'night'] as const;
export type ShiftId = (typeof shiftIds)[number];

export interface ShiftDef {
  id: ShiftId;
  /** Minutes after local midnight the shift starts (inclusive). */
  startMinute: number;
  /** Minutes after local midnight the shift ends (exclusive); at or before the start: it runs past midnight. */
  endMinute: number;
}

/** 早班 08:00–16:00, 晚班 16:00–24:00, 夜班 00:00–08:00 (local time). */
export const defaultShifts: Readonly<Record<ShiftId, ShiftDef>> = {
  early: { id: 'early', startMinute: 8 * 60, endMinute: 16 * 60 },
  late: { id: 'late', startMinute: 16 * 60, endMinute: 24 * 60 },
  night: { id: 'night', startMinute: 0, endMinute: 8 * 60 },
};

const DAY_MS = 86_400_000;

/** Milliseconds after local midnight of `ms` in a zone `utcOffsetMinutes` ahead of UTC. */
export function localTimeOfDayMs(ms: number, utcOffsetMinutes: number): number {
  return (((ms + utcOffsetMinutes * 60_000) % DAY_MS) + DAY_MS) % DAY_MS;
}

/** Whether the moment `ms` falls inside the shift's hours (local time). */
export function inShift(ms: number, shift: ShiftDef, utcOffsetMinutes: number): boolean {
  const t = localTimeOfDayMs(ms, utcOffsetMinutes);
  const start = shift.startMinute * 60_000;
  const end = shift.endMinute * 60_000;
  return start < end ? t >= start && t < end : t >= start || t < end;
}

/** The UTC offset, in minutes, of an IANA time zone at the moment `ms` (e.g. +480 for Asia/Shanghai). */
export function utcOffsetMinutesOf(timeZone: string, ms: number): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(ms);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}
