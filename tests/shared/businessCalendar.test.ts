import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  addWorkingMinutes,
  businessCalendarSchema,
  defaultCalendar,
  isWorkingDay,
  isWorkingTime,
  workingMinutesBetween,
  type BusinessCalendar,
} from '../../src/shared/domain/businessCalendar';

/** An instant given as Beijing wall time (UTC+8 all year; month 1-based). */
const bj = (y: number, m: number, d: number, h = 0, mi = 0, s = 0, ms = 0) => Date.UTC(y, m - 1, d, h - 8, mi, s, ms);
const MIN = 60_000;
const cal = defaultCalendar;

const newYork: BusinessCalendar = {
  timeZone: 'America/New_York',
  workStart: '09:00',
  workEnd: '17:00',
  workingWeekdays: [1, 2, 3, 4, 5],
  holidays: ['2026-07-03'],
  extraWorkdays: [],
};

const berlin: BusinessCalendar = { ...newYork, timeZone: 'Europe/Berlin', workEnd: '18:00', holidays: [] };

describe('working days', () => {
  it('works Monday to Friday and rests at the weekend', () => {
    expect(isWorkingDay(cal, bj(2026, 3, 9, 12))).toBe(true); // Monday
    expect(isWorkingDay(cal, bj(2026, 3, 13, 12))).toBe(true); // Friday
    expect(isWorkingDay(cal, bj(2026, 3, 14, 12))).toBe(false); // Saturday
    expect(isWorkingDay(cal, bj(2026, 3, 15, 12))).toBe(false); // Sunday
  });

  it('rests on public holidays that fall on weekdays', () => {
    expect(isWorkingDay(cal, bj(2026, 1, 1, 10))).toBe(false); // New Year's Day, Thursday
    expect(isWorkingDay(cal, bj(2026, 2, 17, 10))).toBe(false); // Spring Festival, Tuesday
    expect(isWorkingDay(cal, bj(2026, 4, 6, 10))).toBe(false); // Qingming, Monday
    expect(isWorkingDay(cal, bj(2026, 10, 7, 10))).toBe(false); // National Day, Wednesday
    expect(isWorkingDay(cal, bj(2026, 10, 8, 10))).toBe(true); // first day back
  });

  it('works on make-up weekend days (调休)', () => {
    expect(isWorkingDay(cal, bj(2026, 1, 4, 10))).toBe(true); // Sunday
    expect(isWorkingDay(cal, bj(2026, 2, 14, 10))).toBe(true); // Saturday
    expect(isWorkingDay(cal, bj(2026, 2, 28, 10))).toBe(true); // Saturday
    expect(isWorkingDay(cal, bj(2026, 10, 10, 10))).toBe(true); // Saturday
    expect(isWorkingDay(cal, bj(2026, 2, 21, 10))).toBe(false); // an ordinary Saturday inside the holiday
  });

  it('reads the day in the calendar’s zone, not UTC or the machine’s', () => {
    // Friday 2026-03-06 17:00 UTC is Saturday 01:00 in Beijing.
    expect(isWorkingDay(cal, Date.UTC(2026, 2, 6, 17))).toBe(false);
    // Sunday 2026-03-08 23:30 UTC is Monday 07:30 in Beijing: a working day, before opening.
    expect(isWorkingDay(cal, Date.UTC(2026, 2, 8, 23, 30))).toBe(true);
    expect(isWorkingTime(cal, Date.UTC(2026, 2, 8, 23, 30))).toBe(false);
    // The same instant is still Sunday evening in New York.
    expect(isWorkingDay(newYork, Date.UTC(2026, 2, 8, 23, 30))).toBe(false);
  });

  it('keeps the default calendar’s data consistent: holidays on weekdays are off, make-up days are weekends', () => {
    for (const day of cal.extraWorkdays) {
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      expect([0, 6]).toContain(weekday);
      expect(isWorkingDay(cal, bj(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10)), 12))).toBe(true);
    }
    for (const day of cal.holidays) {
      expect(isWorkingDay(cal, bj(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10)), 12))).toBe(false);
    }
    expect(businessCalendarSchema.safeParse(cal).success).toBe(true);
  });
});

describe('working time', () => {
  it('includes the opening instant and excludes the closing one', () => {
    expect(isWorkingTime(cal, bj(2026, 3, 9, 9, 0))).toBe(true);
    expect(isWorkingTime(cal, bj(2026, 3, 9, 8, 59, 59, 999))).toBe(false);
    expect(isWorkingTime(cal, bj(2026, 3, 9, 17, 59, 59, 999))).toBe(true);
    expect(isWorkingTime(cal, bj(2026, 3, 9, 18, 0))).toBe(false);
  });

  it('is never working time on a day off', () => {
    expect(isWorkingTime(cal, bj(2026, 3, 14, 10))).toBe(false);
    expect(isWorkingTime(cal, bj(2026, 4, 6, 10))).toBe(false);
    expect(isWorkingTime(cal, bj(2026, 2, 28, 10))).toBe(true);
  });

  it('uses the calendar’s own zone for hours', () => {
    // 14:00 UTC on a Monday in March is 10:00 in New York (EDT) and 22:00 in Beijing.
    const t = Date.UTC(2026, 2, 9, 14);
    expect(isWorkingTime(newYork, t)).toBe(true);
    expect(isWorkingTime(cal, t)).toBe(false);
  });
});

describe('adding working minutes', () => {
  it('adds within the same day', () => {
    expect(addWorkingMinutes(cal, bj(2026, 3, 9, 10), 90)).toBe(bj(2026, 3, 9, 11, 30));
    expect(addWorkingMinutes(cal, bj(2026, 3, 9, 10), 0.5)).toBe(bj(2026, 3, 9, 10, 0, 30));
  });

  it('ends at closing time rather than the next opening when the time runs out exactly then', () => {
    expect(addWorkingMinutes(cal, bj(2026, 3, 9, 17), 60)).toBe(bj(2026, 3, 9, 18));
    expect(addWorkingMinutes(cal, bj(2026, 3, 9, 9), 540)).toBe(bj(2026, 3, 9, 18));
  });

  it('carries over the night', () => {
    expect(addWorkingMinutes(cal, bj(2026, 3, 9, 17), 61)).toBe(bj(2026, 3, 10, 9, 1));
    expect(addWorkingMinutes(cal, bj(2026, 3, 9, 9), 541)).toBe(bj(2026, 3, 10, 9, 1));
  });

  it('rolls a Friday 17:50 request over the weekend', () => {
    expect(addWorkingMinutes(cal, bj(2026, 3, 6, 17, 50), 30)).toBe(bj(2026, 3, 9, 9, 20));
    expect(addWorkingMinutes(cal, bj(2026, 3, 6, 17, 50), 120)).toBe(bj(2026, 3, 9, 10, 50));
  });

  it('starts after hours at the next opening', () => {
    expect(addWorkingMinutes(cal, bj(2026, 3, 9, 20), 30)).toBe(bj(2026, 3, 10, 9, 30));
    expect(addWorkingMinutes(cal, bj(2026, 3, 10, 6), 30)).toBe(bj(2026, 3, 10, 9, 30));
    expect(addWorkingMinutes(cal, bj(2026, 3, 9, 18), 30)).toBe(bj(2026, 3, 10, 9, 30));
    expect(addWorkingMinutes(cal, bj(2026, 3, 14, 11), 30)).toBe(bj(2026, 3, 16, 9, 30)); // Saturday
  });

  it('starts at exactly the opening instant without losing a minute', () => {
    expect(addWorkingMinutes(cal, bj(2026, 3, 9, 9), 1)).toBe(bj(2026, 3, 9, 9, 1));
  });

  it('skips public holidays', () => {
    // Friday 3 April 17:00 + 2 h: Saturday–Monday are Qingming, back on Tuesday.
    expect(addWorkingMinutes(cal, bj(2026, 4, 3, 17), 120)).toBe(bj(2026, 4, 7, 10));
    // Requested on the holiday itself.
    expect(addWorkingMinutes(cal, bj(2026, 4, 6, 10), 60)).toBe(bj(2026, 4, 7, 10));
    // Wednesday 30 September 17:00 + 2 h: National Day week, back on Thursday 8 October.
    expect(addWorkingMinutes(cal, bj(2026, 9, 30, 17), 120)).toBe(bj(2026, 10, 8, 10));
  });

  it('works on make-up Saturdays', () => {
    // Friday 27 February 17:30 + 1 h: Saturday 28 February is worked.
    expect(addWorkingMinutes(cal, bj(2026, 2, 27, 17, 30), 60)).toBe(bj(2026, 2, 28, 9, 30));
    // Friday 13 February 17:00 + 2 h: Saturday 14 is worked, then the Spring Festival.
    expect(addWorkingMinutes(cal, bj(2026, 2, 13, 17), 120)).toBe(bj(2026, 2, 14, 10));
    expect(addWorkingMinutes(cal, bj(2026, 2, 14, 17), 120)).toBe(bj(2026, 2, 24, 10));
  });

  it('handles zero minutes: the time itself in hours, otherwise the next opening', () => {
    expect(addWorkingMinutes(cal, bj(2026, 3, 9, 10, 15), 0)).toBe(bj(2026, 3, 9, 10, 15));
    expect(addWorkingMinutes(cal, bj(2026, 3, 9, 9), 0)).toBe(bj(2026, 3, 9, 9));
    expect(addWorkingMinutes(cal, bj(2026, 3, 6, 18), 0)).toBe(bj(2026, 3, 9, 9));
    expect(addWorkingMinutes(cal, bj(2026, 4, 6, 12), 0)).toBe(bj(2026, 4, 7, 9));
  });

  it('spans many days', () => {
    // 48 working hours = 5 days and 3 hours of 9-hour days, from Monday 09:00.
    expect(addWorkingMinutes(cal, bj(2026, 3, 9, 9), 48 * 60)).toBe(bj(2026, 3, 16, 12));
  });

  it('counts plain elapsed time in a zone without daylight saving (Beijing)', () => {
    // Friday 17:00 + 2 h = Monday 10:00 in Beijing, exactly 65 hours later whatever the season.
    const from = bj(2026, 3, 6, 17);
    expect(addWorkingMinutes(cal, from, 120) - from).toBe(65 * 60 * MIN);
    const autumn = bj(2026, 10, 23, 17);
    expect(addWorkingMinutes(cal, autumn, 120) - autumn).toBe(65 * 60 * MIN);
  });

  it('follows wall-clock hours across a daylight-saving change in the calendar’s zone', () => {
    // New York: Friday 6 March 16:30 EST (UTC−5); clocks go forward on Sunday 8 March.
    // One working hour later is Monday 09:30 EDT (UTC−4).
    expect(addWorkingMinutes(newYork, Date.UTC(2026, 2, 6, 21, 30), 60)).toBe(Date.UTC(2026, 2, 9, 13, 30));
    // Berlin: Friday 23 October 17:30 CEST (UTC+2); clocks go back on Sunday 25 October.
    expect(addWorkingMinutes(berlin, Date.UTC(2026, 9, 23, 15, 30), 60)).toBe(Date.UTC(2026, 9, 26, 8, 30));
  });

  it('honours another zone’s holidays', () => {
    // Thursday 2 July 16:00 New York + 2 h: Friday 3 July is a holiday, so Monday 6 July 10:00 EDT.
    expect(addWorkingMinutes(newYork, Date.UTC(2026, 6, 2, 20), 120)).toBe(Date.UTC(2026, 6, 6, 14));
  });

  it('refuses negative or non-finite minutes and a calendar that never works', () => {
    expect(() => addWorkingMinutes(cal, bj(2026, 3, 9, 10), -1)).toThrow(RangeError);
    expect(() => addWorkingMinutes(cal, bj(2026, 3, 9, 10), Number.NaN)).toThrow(RangeError);
    expect(() => addWorkingMinutes(cal, Number.NaN, 10)).toThrow(RangeError);
    expect(() => addWorkingMinutes({ ...cal, workingWeekdays: [], extraWorkdays: [] }, bj(2026, 3, 9, 10), 10)).toThrow(RangeError);
    expect(() => addWorkingMinutes({ ...cal, workStart: '18:00', workEnd: '09:00' }, bj(2026, 3, 9, 10), 10)).toThrow(RangeError);
    expect(() => addWorkingMinutes({ ...cal, timeZone: 'Mars/Olympus' }, bj(2026, 3, 9, 10), 10)).toThrow(RangeError);
  });
});

describe('adding working days', () => {
  it('lands on the same time of day n working days later', () => {
    expect(addWorkingDays(cal, bj(2026, 3, 9, 10), 1)).toBe(bj(2026, 3, 10, 10));
    expect(addWorkingDays(cal, bj(2026, 3, 9, 10), 5)).toBe(bj(2026, 3, 16, 10));
    expect(addWorkingDays(cal, bj(2026, 3, 13, 17, 59), 1)).toBe(bj(2026, 3, 16, 17, 59));
  });

  it('ends at the close of the n-th working day when it starts at or before opening', () => {
    expect(addWorkingDays(cal, bj(2026, 3, 9, 9), 1)).toBe(bj(2026, 3, 9, 18));
    expect(addWorkingDays(cal, bj(2026, 3, 9, 7), 1)).toBe(bj(2026, 3, 9, 18));
    // Friday evening + 1 working day = Monday close.
    expect(addWorkingDays(cal, bj(2026, 3, 6, 20), 1)).toBe(bj(2026, 3, 9, 18));
    expect(addWorkingDays(cal, bj(2026, 3, 6, 18), 3)).toBe(bj(2026, 3, 11, 18));
  });

  it('skips holidays and counts make-up days', () => {
    // Wednesday 30 September 10:00 + 5: 8, 9, 10 (Saturday, worked), 12, 13 October.
    expect(addWorkingDays(cal, bj(2026, 9, 30, 10), 5)).toBe(bj(2026, 10, 13, 10));
    // Friday 13 February 10:00 + 2: Saturday 14, then Tuesday 24 after the Spring Festival.
    expect(addWorkingDays(cal, bj(2026, 2, 13, 10), 2)).toBe(bj(2026, 2, 24, 10));
  });

  it('with 0 days gives the first working instant', () => {
    expect(addWorkingDays(cal, bj(2026, 3, 9, 10), 0)).toBe(bj(2026, 3, 9, 10));
    expect(addWorkingDays(cal, bj(2026, 3, 14, 10), 0)).toBe(bj(2026, 3, 16, 9));
  });

  it('agrees with adding the same number of working minutes', () => {
    for (const from of [bj(2026, 3, 9, 10, 17), bj(2026, 3, 6, 20), bj(2026, 9, 30, 9), bj(2026, 2, 13, 17, 59)]) {
      for (const days of [1, 2, 3, 5, 10]) expect(addWorkingDays(cal, from, days)).toBe(addWorkingMinutes(cal, from, days * 540));
    }
  });

  it('refuses fractional or negative days', () => {
    expect(() => addWorkingDays(cal, bj(2026, 3, 9, 10), 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays(cal, bj(2026, 3, 9, 10), -1)).toThrow(RangeError);
  });
});

describe('working minutes between two instants', () => {
  it('counts only opening hours', () => {
    expect(workingMinutesBetween(cal, bj(2026, 3, 9, 10), bj(2026, 3, 9, 11, 30))).toBe(90);
    expect(workingMinutesBetween(cal, bj(2026, 3, 9, 17), bj(2026, 3, 10, 10))).toBe(120);
    expect(workingMinutesBetween(cal, bj(2026, 3, 9, 18), bj(2026, 3, 10, 9))).toBe(0);
    expect(workingMinutesBetween(cal, bj(2026, 3, 6, 17, 50), bj(2026, 3, 9, 9, 20))).toBe(30);
  });

  it('counts a full week in a zone without daylight saving', () => {
    expect(workingMinutesBetween(cal, bj(2026, 3, 9, 0), bj(2026, 3, 16, 0))).toBe(5 * 540);
  });

  it('skips holidays and counts make-up days', () => {
    // Friday 13 and Saturday 14 February worked, 15–23 off.
    expect(workingMinutesBetween(cal, bj(2026, 2, 13, 9), bj(2026, 2, 24, 9))).toBe(2 * 540);
  });

  it('is zero for an empty span and negative for a reversed one', () => {
    expect(workingMinutesBetween(cal, bj(2026, 3, 9, 10), bj(2026, 3, 9, 10))).toBe(0);
    expect(workingMinutesBetween(cal, bj(2026, 3, 9, 11), bj(2026, 3, 9, 10))).toBe(-60);
    expect(workingMinutesBetween(cal, bj(2026, 3, 14, 11), bj(2026, 3, 14, 10))).toBe(0);
  });

  it('follows wall-clock hours across a daylight-saving change', () => {
    expect(workingMinutesBetween(berlin, Date.UTC(2026, 9, 23, 15, 30), Date.UTC(2026, 9, 26, 8, 30))).toBe(60);
  });

  it('inverts adding working minutes', () => {
    const starts = [bj(2026, 3, 9, 10), bj(2026, 3, 6, 17, 50), bj(2026, 2, 13, 20), bj(2026, 9, 30, 12, 34), bj(2026, 4, 6, 8)];
    for (const from of starts) {
      for (const minutes of [0, 0.5, 1, 59, 540, 541, 2880]) {
        expect(workingMinutesBetween(cal, from, addWorkingMinutes(cal, from, minutes))).toBeCloseTo(minutes, 9);
      }
    }
  });
});

describe('calendar schema', () => {
  const parse = (patch: Partial<BusinessCalendar>) => businessCalendarSchema.safeParse({ ...cal, ...patch });
  const messages = (patch: Partial<BusinessCalendar>) => {
    const result = parse(patch);
    return result.success ? [] : result.error.issues.map((i) => i.message);
  };

  it('accepts valid calendars', () => {
    expect(parse({}).success).toBe(true);
    expect(businessCalendarSchema.safeParse(newYork).success).toBe(true);
    expect(parse({ workStart: '00:00', workEnd: '23:59', workingWeekdays: [0, 1, 2, 3, 4, 5, 6] }).success).toBe(true);
  });

  it('requires HH:MM times with the start before the end', () => {
    expect(messages({ workStart: '9:00' })).toContain('invalidTime');
    expect(messages({ workEnd: '24:00' })).toContain('invalidTime');
    expect(messages({ workStart: '09:60' })).toContain('invalidTime');
    expect(messages({ workStart: '18:00', workEnd: '09:00' })).toContain('startNotBeforeEnd');
    expect(messages({ workStart: '09:00', workEnd: '09:00' })).toContain('startNotBeforeEnd');
  });

  it('requires real dates', () => {
    expect(messages({ holidays: ['2026-02-30'] })).toContain('invalidDate');
    expect(messages({ holidays: ['2026-2-3'] })).toContain('invalidDate');
    expect(messages({ extraWorkdays: ['2026-13-01'] })).toContain('invalidDate');
    expect(parse({ holidays: ['2028-02-29'] }).success).toBe(true);
  });

  it('refuses a day that is both a holiday and a make-up workday', () => {
    expect(messages({ holidays: ['2026-02-14'] })).toContain('bothHolidayAndWorkday');
  });

  it('requires a known time zone and sensible weekdays', () => {
    expect(messages({ timeZone: 'Mars/Olympus' })).toContain('invalidTimeZone');
    expect(parse({ workingWeekdays: [] }).success).toBe(false);
    expect(parse({ workingWeekdays: [7] }).success).toBe(false);
    expect(parse({ workingWeekdays: [1.5] }).success).toBe(false);
    expect(messages({ workingWeekdays: [1, 1] })).toContain('duplicate');
  });

  it('refuses unknown fields', () => {
    expect(businessCalendarSchema.safeParse({ ...cal, lunchBreak: '12:00' }).success).toBe(false);
  });
});
