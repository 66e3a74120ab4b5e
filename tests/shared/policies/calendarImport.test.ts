import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { addWorkingMinutes, businessCalendarSchema, defaultCalendar, isWorkingDay } from '../../../src/shared/domain/businessCalendar';
import { calendarYears, parseCalendarFile, withImportedDays } from '../../../src/shared/domain/policies/calendarImport';

const shipped2027 = readFileSync(join(__dirname, '../../../assets/calendars/cn-2027.csv'), 'utf8');
const at = (y: number, m: number, d: number, h = 0) => new TZDate(y, m - 1, d, h, 0, 'Asia/Shanghai').getTime();

describe('calendar import', () => {
  it('reads the shipped 2027 file: holidays and make-up days, all valid', () => {
    const parsed = parseCalendarFile(shipped2027);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.years).toEqual([2027]);
    expect(parsed.days.filter((d) => d.kind === 'workday').map((d) => d.date)).toEqual(['2027-01-31', '2027-02-20', '2027-05-08', '2027-09-25', '2027-10-09']);
    const cal = withImportedDays(defaultCalendar, parsed.days);
    expect(businessCalendarSchema.safeParse(cal).success).toBe(true);
    expect(calendarYears(cal)).toEqual([2026, 2027]);
    expect(cal.holidays).toContain('2026-10-01'); // 2026 kept
    expect(isWorkingDay(cal, at(2027, 2, 8, 12))).toBe(false); // Spring Festival Monday
    expect(isWorkingDay(cal, at(2027, 2, 20, 12))).toBe(true); // make-up Saturday
    // 2 working hours from New Year's Eve 17:00 end on Monday 4 January 10:00, not 1 January.
    expect(addWorkingMinutes(cal, at(2026, 12, 31, 17), 120)).toBe(at(2027, 1, 4, 10));
  });

  it('reads JSON too, and replaces only the years the file covers', () => {
    const json = `[
      {"date": "2026-12-31", "kind": "holiday", "name": "测试"},
      {"date": "2027-01-01", "kind": "holiday", "name": "元旦"}
    ]`;
    const parsed = parseCalendarFile(json);
    if (!parsed.ok) throw new Error('not ok');
    expect(parsed.years).toEqual([2026, 2027]);
    const cal = withImportedDays(defaultCalendar, parsed.days);
    expect(cal.holidays).toEqual(['2026-12-31', '2027-01-01']);
    expect(cal.extraWorkdays).toEqual([]);
  });

  it('names the line of every bad row and applies nothing', () => {
    const text = ['date,kind,name', '2027-01-01,holiday,元旦', '2027-02-30,holiday,错', '2027-03-01,vacation,错', '2027-01-01,holiday,重复', '2027-03-03,workday,周三', 'only-one-field'].join('\n');
    const parsed = parseCalendarFile(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues).toEqual([{ line: 7, key: 'columns', value: 'only-one-field' }]);
    const rows = parseCalendarFile(text.split('\n').slice(0, 6).join('\n'));
    expect(rows.ok ? [] : rows.issues).toEqual([
      { line: 3, key: 'invalidDate', value: '2027-02-30' },
      { line: 4, key: 'invalidKind', value: 'vacation' },
      { line: 5, key: 'duplicateDate', value: '2027-01-01' },
      { line: 6, key: 'workdayOnWorkingDay', value: '2027-03-03' },
    ]);
  });

  it('gives JSON errors the line the entry starts on', () => {
    const json = '[\n  {"date": "2027-01-01", "kind": "holiday"},\n  {"date": "2027-13-01", "kind": "holiday"}\n]';
    const parsed = parseCalendarFile(json);
    expect(parsed.ok ? [] : parsed.issues).toEqual([{ line: 3, key: 'invalidDate', value: '2027-13-01' }]);
    expect(parseCalendarFile('[{"date": ').ok).toBe(false);
    expect(parseCalendarFile('{"a": 1}')).toEqual({ ok: false, issues: [{ line: 1, key: 'notAList' }] });
    expect(parseCalendarFile('   ')).toEqual({ ok: false, issues: [{ line: 1, key: 'empty' }] });
  });
});
