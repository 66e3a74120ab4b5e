import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../../../src/shared/domain/businessCalendar';
import { formatDateTime, formatDay, isTomorrow, parseDateTime, parseDay, quickPickTimes, stepDateTime, stepDay } from '../../../src/renderer/ui/dateTimeText';

const SH = 'Asia/Shanghai';
const at = (y: number, mo: number, d: number, h: number, mi = 0) => Date.UTC(y, mo - 1, d, h - 8, mi); // Beijing wall time → epoch
const usDate = /\b\d{2}\/\d{2}\/\d{4}\b/;

describe('formatting dates and times in the interface language', () => {
  it('writes zh-CN as 2026/12/05 10:00 and en as 2026-12-05 10:00, 24-hour, never mm/dd/yyyy', () => {
    expect(formatDateTime(at(2026, 12, 5, 10), 'zh-CN', SH)).toBe('2026/12/05 10:00');
    expect(formatDateTime(at(2026, 12, 5, 10), 'en', SH)).toBe('2026-12-05 10:00');
    expect(formatDateTime(at(2026, 12, 5, 22, 7), 'zh-CN', SH)).toBe('2026/12/05 22:07');
    expect(formatDateTime(at(2026, 1, 2, 0, 0), 'en', SH)).toBe('2026-01-02 00:00');
    for (const locale of ['zh-CN', 'en'] as const) {
      const text = formatDateTime(at(2026, 12, 5, 14, 30), locale, SH);
      expect(text).not.toMatch(usDate);
      expect(text).not.toMatch(/AM|PM|上午|下午/);
    }
    expect(formatDay('2026-12-05', 'zh-CN')).toBe('2026/12/05');
    expect(formatDay('2026-12-05', 'en')).toBe('2026-12-05');
    expect(formatDay('', 'en')).toBe('');
  });

  it('reads the wall time of the zone it is given', () => {
    expect(formatDateTime(Date.UTC(2026, 6, 1, 12, 0), 'en', 'America/New_York')).toBe('2026-07-01 08:00');
    expect(formatDateTime(Date.UTC(2026, 0, 1, 12, 0), 'en', 'America/New_York')).toBe('2026-01-01 07:00');
  });
});

describe('parsing what the agent types', () => {
  it('accepts the shown format and common variants, in either language', () => {
    const ten = at(2026, 12, 5, 10);
    for (const text of ['2026/12/05 10:00', '2026-12-05 10:00', '2026/12/5 10:00', ' 2026.12.5  10:00 ', '2026年12月5日 10:00', '2026年12月5日10点', '2026/12/05 10：00']) {
      expect(parseDateTime(text, SH), text).toEqual({ ok: true, value: ten });
    }
    expect(parseDateTime('2026年12月5日10点半', SH)).toEqual({ ok: true, value: at(2026, 12, 5, 10, 30) });
    expect(parseDateTime('2026/12/05 9:05', SH)).toEqual({ ok: true, value: at(2026, 12, 5, 9, 5) });
    expect(parseDay('2026/12/5')).toEqual({ ok: true, value: '2026-12-05' });
    expect(parseDay('2026年2月28日')).toEqual({ ok: true, value: '2026-02-28' });
  });

  it('round-trips every format it writes', () => {
    for (const ms of [at(2026, 12, 5, 10), at(2027, 2, 28, 23, 59), at(2028, 2, 29, 0, 0)]) {
      for (const locale of ['zh-CN', 'en'] as const) expect(parseDateTime(formatDateTime(ms, locale, SH), SH)).toEqual({ ok: true, value: ms });
    }
  });

  it('says what is wrong: the format (mm/dd/yyyy included), a day that does not exist, an impossible time', () => {
    expect(parseDateTime('12/05/2026 10:00', SH)).toEqual({ ok: false, error: 'format' });
    expect(parseDateTime('明天', SH)).toEqual({ ok: false, error: 'format' });
    expect(parseDateTime('2026/12/05', SH)).toEqual({ ok: false, error: 'format' });
    expect(parseDateTime('2026/02/30 10:00', SH)).toEqual({ ok: false, error: 'noSuchDate' });
    expect(parseDateTime('2026/13/01 10:00', SH)).toEqual({ ok: false, error: 'noSuchDate' });
    expect(parseDateTime('2026/12/05 24:00', SH)).toEqual({ ok: false, error: 'time' });
    expect(parseDateTime('2026/12/05 10:75', SH)).toEqual({ ok: false, error: 'time' });
    expect(parseDateTime('2026/12/05 10:0x', SH)).toEqual({ ok: false, error: 'time' });
    expect(parseDay('2026/12/05 10:00')).toEqual({ ok: false, error: 'format' });
    expect(parseDay('2027/02/29')).toEqual({ ok: false, error: 'noSuchDate' });
  });
});

describe('keyboard stepping', () => {
  it('moves the part under the caret, carrying like a calendar', () => {
    expect(stepDateTime('2026/12/05 10:00', 15, 1, 'zh-CN', SH)).toMatchObject({ text: '2026/12/05 10:05', caret: 16 });
    expect(stepDateTime('2026/12/05 10:00', 12, -1, 'zh-CN', SH)).toMatchObject({ text: '2026/12/05 09:00', caret: 13 });
    expect(stepDateTime('2026/12/31 10:00', 9, 1, 'zh-CN', SH)).toMatchObject({ text: '2027/01/01 10:00' });
    expect(stepDateTime('2026-12-05 10:00', 6, 1, 'en', SH)).toMatchObject({ text: '2027-01-05 10:00', caret: 7 });
    expect(stepDateTime('2026/12/05 10:00', 2, 1, 'zh-CN', SH)?.ms).toBe(at(2027, 12, 5, 10));
    expect(stepDateTime('nonsense', 0, 1, 'zh-CN', SH)).toBeNull();
    expect(stepDay('2026/02/28', 9, 1, 'zh-CN')).toEqual({ text: '2026/03/01', caret: 10, day: '2026-03-01' });
  });
});

describe('callback quick picks', () => {
  it('offer in 15 minutes, in 1 hour and 10:00 on the next working day of the business calendar', () => {
    const thursday = at(2026, 12, 3, 15, 20);
    expect(quickPickTimes(thursday, defaultCalendar)).toEqual({ in15: thursday + 15 * 60_000, in60: thursday + 3_600_000, nextWorkday10: at(2026, 12, 4, 10) });
    expect(isTomorrow(thursday, at(2026, 12, 4, 10), SH)).toBe(true);
    // Friday evening → Monday; before the National Day holidays → the 8th; Friday 9 October → the make-up Saturday.
    expect(quickPickTimes(at(2026, 12, 4, 19), defaultCalendar).nextWorkday10).toBe(at(2026, 12, 7, 10));
    expect(isTomorrow(at(2026, 12, 4, 19), at(2026, 12, 7, 10), SH)).toBe(false);
    expect(quickPickTimes(at(2026, 9, 30, 11), defaultCalendar).nextWorkday10).toBe(at(2026, 10, 8, 10));
    expect(quickPickTimes(at(2026, 10, 9, 11), defaultCalendar).nextWorkday10).toBe(at(2026, 10, 10, 10));
    // Late at night in Beijing is already the next calendar day in the calendar's zone.
    expect(quickPickTimes(Date.UTC(2026, 11, 3, 17, 0), defaultCalendar).nextWorkday10).toBe(at(2026, 12, 7, 10));
  });
});

describe('callback quick picks on a machine in another zone', () => {
  it('put 10:00 in the zone the field shows, on the calendar’s next working day', () => {
    const thursdayUtc = Date.UTC(2026, 11, 3, 9, 0);
    expect(quickPickTimes(thursdayUtc, defaultCalendar, 'UTC').nextWorkday10).toBe(Date.UTC(2026, 11, 4, 10, 0));
    expect(quickPickTimes(Date.UTC(2026, 11, 4, 9, 0), defaultCalendar, 'UTC').nextWorkday10).toBe(Date.UTC(2026, 11, 7, 10, 0));
  });
});

describe('moments shown on screens (timeline, clocks, sync)', () => {
  it('read in the interface order, 24-hour, never mm/dd/yyyy', async () => {
    const { formatAt, formatAtSeconds } = await import('../../../src/renderer/ui/formatSpan');
    const ms = new Date(2026, 11, 5, 14, 3, 9).getTime();
    expect(formatAt(ms, 'zh-CN')).toBe('2026/12/05 14:03');
    expect(formatAt(ms, 'en')).toBe('2026-12-05 14:03');
    expect(formatAtSeconds(ms, 'en')).toBe('2026-12-05 14:03:09');
    expect(formatAtSeconds(ms, 'en')).not.toMatch(/\d{2}\/\d{2}\/\d{4}|PM/);
  });
});
