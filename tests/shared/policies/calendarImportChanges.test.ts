import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addWorkingMinutes, defaultCalendar } from '../../../src/shared/domain/businessCalendar';
import { calendarImportChanges, parseCalendarFile, withImportedDays } from '../../../src/shared/domain/policies/calendarImport';

/** Issue 18: what importing a holiday file changes, shown to the admin before publishing. */
describe('calendarImportChanges', () => {
  it('names the years replaced and the days added and removed', () => {
    const cal = { ...defaultCalendar, holidays: ['2026-10-01', '2027-01-01', '2027-01-05'], extraWorkdays: ['2027-01-09'] };
    const changes = calendarImportChanges(cal, [
      { date: '2027-01-01', kind: 'holiday', name: '元旦' },
      { date: '2027-01-02', kind: 'holiday', name: '元旦' },
      { date: '2028-01-01', kind: 'holiday', name: '元旦' },
    ]);
    expect(changes).toEqual({ years: [2027, 2028], replacedYears: [2027], holidaysAdded: ['2027-01-02', '2028-01-01'], holidaysRemoved: ['2027-01-05'], workdaysAdded: [], workdaysRemoved: ['2027-01-09'] });
  });

  it('the 2027 file makes National Day a non-working day for a working-hours due time', () => {
    const parsed = parseCalendarFile(readFileSync(resolve('assets/calendars/cn-2027.csv'), 'utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const cal = withImportedDays(defaultCalendar, parsed.days);
    const thursdayAfternoon = Date.UTC(2027, 8, 30, 9, 0); // 2027-09-30 17:00 Beijing
    const due = addWorkingMinutes(cal, thursdayAfternoon, 120);
    const without = addWorkingMinutes(defaultCalendar, thursdayAfternoon, 120);
    expect(due).toBeGreaterThan(Date.UTC(2027, 9, 7, 16, 0)); // not before the holiday week ends
    expect(without).toBeLessThan(Date.UTC(2027, 9, 1, 16, 0)); // without the file, Friday 1 October is worked
  });
});
