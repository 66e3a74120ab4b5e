import { describe, expect, it } from 'vitest';
import { formatAt, formatAtSeconds, formatDate, formatNear, formatTime, localTimeZone } from '../../../src/renderer/ui/formatSpan';

// Local wall-clock moments: the formatters read this machine's clock, as the agent's screen does.
const at = (y: number, mo: number, d: number, h: number, mi = 0, s = 0) => new Date(y, mo - 1, d, h, mi, s).getTime();
const browserish = /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|AM|PM|上午|下午|,/;

describe('the shared date and time formatters', () => {
  it('formatDate: zh-CN 2026/12/05, en 2026-12-05, zero-padded; month and day alone on request', () => {
    expect(formatDate(at(2026, 12, 5, 10), 'zh-CN')).toBe('2026/12/05');
    expect(formatDate(at(2026, 12, 5, 10), 'en')).toBe('2026-12-05');
    expect(formatDate(at(2027, 1, 2, 23, 59), 'zh-CN')).toBe('2027/01/02');
    expect(formatDate(at(2026, 3, 7, 0), 'zh-CN', false)).toBe('03/07');
    expect(formatDate(at(2026, 3, 7, 0), 'en', false)).toBe('03-07');
  });

  it('formatTime: 24-hour in every language, to the minute or the second', () => {
    expect(formatTime(at(2026, 12, 5, 0, 5))).toBe('00:05');
    expect(formatTime(at(2026, 12, 5, 13, 7))).toBe('13:07');
    expect(formatTime(at(2026, 12, 5, 23, 59, 8), true)).toBe('23:59:08');
  });

  it('formatNear: the time alone today, month and day this year, the whole date otherwise', () => {
    const now = at(2026, 12, 5, 10);
    expect(formatNear(at(2026, 12, 5, 0, 0), now, 'zh-CN')).toBe('00:00');
    expect(formatNear(at(2026, 12, 5, 23, 59), now, 'en')).toBe('23:59');
    expect(formatNear(at(2026, 12, 6, 9, 30), now, 'zh-CN')).toBe('12/06 09:30');
    expect(formatNear(at(2026, 12, 4, 18, 0), now, 'en')).toBe('12-04 18:00');
    expect(formatNear(at(2027, 1, 4, 10, 0), now, 'zh-CN')).toBe('2027/01/04 10:00');
    expect(formatNear(at(2025, 12, 5, 10, 0), now, 'en')).toBe('2025-12-05 10:00');
  });

  it('never writes the browser’s mm/dd/yyyy, a 12-hour clock or a comma, whatever the language tag', () => {
    const ms = at(2026, 12, 5, 14, 3, 9);
    for (const locale of ['zh-CN', 'zh', 'en', 'en-US']) {
      for (const text of [formatAt(ms, locale), formatAtSeconds(ms, locale), formatDate(ms, locale), formatDate(ms, locale, false), formatNear(ms, at(2026, 1, 1, 0), locale), formatTime(ms)]) {
        expect(text).not.toMatch(browserish);
      }
    }
    expect(formatAtSeconds(ms, 'zh-CN')).toBe('2026/12/05 14:03:09');
  });

  it('localTimeZone names this machine’s zone', () => {
    expect(localTimeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});
