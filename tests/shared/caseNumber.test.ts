import { describe, expect, it } from 'vitest';
import { deviceCode, formatCaseNumber, localDay } from '../../src/shared/domain/caseNumber';

describe('case numbers', () => {
  it('reads as branch, local day, device and a four-digit daily sequence', () => {
    expect(formatCaseNumber({ branch: 'SH01', day: '20261122', device: 'K7F', seq: 42 })).toBe('SH01-20261122-K7F-0042');
    expect(formatCaseNumber({ branch: 'SH01', day: '20261122', device: 'K7F', seq: 12345 })).toBe('SH01-20261122-K7F-12345');
  });

  it('refuses a sequence that is not a positive integer', () => {
    expect(() => formatCaseNumber({ branch: 'SH01', day: '20261122', device: 'K7F', seq: 0 })).toThrow(RangeError);
    expect(() => formatCaseNumber({ branch: 'SH01', day: '20261122', device: 'K7F', seq: 1.5 })).toThrow(RangeError);
  });

  it('uses the local calendar day, not the UTC one', () => {
    const lateEveningUtc = Date.UTC(2026, 10, 21, 17, 30); // 01:30 on the 22nd in Beijing (UTC+8)
    expect(localDay(lateEveningUtc, 480)).toBe('20261122');
    expect(localDay(lateEveningUtc, 0)).toBe('20261121');
    expect(localDay(Date.UTC(2026, 0, 1, 3), -300)).toBe('20251231');
  });

  it('gives each device a stable 3-character code, different for different devices', () => {
    const a = deviceCode('0193a1b2-0000-7000-8000-000000000001');
    expect(a).toMatch(/^[0-9A-HJKMNP-TV-Z]{3}$/);
    expect(deviceCode('0193a1b2-0000-7000-8000-000000000001')).toBe(a);
    const codes = new Set(Array.from({ length: 200 }, (_, i) => deviceCode(`client-${i}`)));
    expect(codes.size).toBeGreaterThan(190);
  });
});
