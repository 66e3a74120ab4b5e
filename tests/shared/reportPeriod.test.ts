import { describe, expect, it } from 'vitest';
import { defaultReportPeriod } from '../../src/shared/domain/reportPeriod';

const at = (local: string) => Date.parse(`${local}+08:00`);
const zone = 'Asia/Shanghai';

describe('the shift report opens on the last complete week (Monday to Sunday, business calendar time)', () => {
  it('last week, whatever the day and hour today', () => {
    // Thursday 3 Dec 2026: the week of 23–29 Nov.
    expect(defaultReportPeriod(at('2026-12-03T15:00:00'), at('2026-12-03T14:59:00'), zone)).toEqual({ fromDay: '2026-11-23', toDay: '2026-11-29' });
    // Monday just after midnight: the week that has just ended.
    expect(defaultReportPeriod(at('2026-11-30T00:05:00'), at('2026-11-29T23:50:00'), zone)).toEqual({ fromDay: '2026-11-23', toDay: '2026-11-29' });
    // Sunday night: that week is not over yet, so the one before.
    expect(defaultReportPeriod(at('2026-11-29T23:59:00'), at('2026-11-29T23:50:00'), zone)).toEqual({ fromDay: '2026-11-16', toDay: '2026-11-22' });
    // Late in the evening UTC is already the next day in Beijing.
    expect(defaultReportPeriod(Date.parse('2026-11-29T16:30:00Z'), null, zone)).toEqual({ fromDay: '2026-11-23', toDay: '2026-11-29' });
  });

  it('a store whose work stops earlier (demo data, a desktop long offline) opens on the last week that has cases, not on an empty one', () => {
    // Demo data ends Friday 20 Nov 09:00; opened on Saturday 5 Dec.
    expect(defaultReportPeriod(at('2026-12-05T10:00:00'), at('2026-11-20T09:00:00'), zone)).toEqual({ fromDay: '2026-11-16', toDay: '2026-11-22' });
    // Work during last week, even on its first minute, keeps last week.
    expect(defaultReportPeriod(at('2026-12-05T10:00:00'), at('2026-11-23T00:00:00'), zone)).toEqual({ fromDay: '2026-11-23', toDay: '2026-11-29' });
  });

  it('an empty store, or a case dated in the future (a skewed clock), opens on last week', () => {
    expect(defaultReportPeriod(at('2026-12-05T10:00:00'), null, zone)).toEqual({ fromDay: '2026-11-23', toDay: '2026-11-29' });
    expect(defaultReportPeriod(at('2026-12-05T10:00:00'), at('2027-03-01T10:00:00'), zone)).toEqual({ fromDay: '2026-11-23', toDay: '2026-11-29' });
  });

  it('crosses month and year ends', () => {
    expect(defaultReportPeriod(at('2027-01-06T09:00:00'), at('2027-01-06T08:00:00'), zone)).toEqual({ fromDay: '2026-12-28', toDay: '2027-01-03' });
  });
});
