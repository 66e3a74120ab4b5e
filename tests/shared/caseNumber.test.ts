import { describe, expect, it } from 'vitest';
import { DEVICE_CODE_LENGTH, deviceCode, formatCaseNumber, localDay, parseCaseNumber } from '../../src/shared/domain/caseNumber';

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

  it('gives each device a stable 10-character base32 code (50 bits)', () => {
    const a = deviceCode('0193a1b2-0000-7000-8000-000000000001');
    expect(DEVICE_CODE_LENGTH).toBe(10);
    expect(a).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    expect(deviceCode('0193a1b2-0000-7000-8000-000000000001')).toBe(a);
    expect(deviceCode('0193a1b2-0000-7000-8000-000000000002')).not.toBe(a);
    // Wide enough for 10,000 desktops per branch at below one in a million: n²/2 / 32^10 < 1e-6.
    expect((10_000 ** 2 / 2) / 32 ** DEVICE_CODE_LENGTH).toBeLessThan(1e-6);
  });

  it('gives 50,000 desktops (UUIDv7-like client ids made in the same millisecond range) 50,000 different codes, every character used', () => {
    const codes = new Set<string>();
    const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');
    for (let i = 0; i < 50_000; i++) codes.add(deviceCode(`0193a1b2-${hex(i >> 12, 4)}-7${hex(i & 0xfff, 3)}-8000-${hex(i * 2654435761 % 2 ** 32, 12)}`));
    for (let i = 0; i < 5_000; i++) codes.add(deviceCode(`client-${i}`));
    expect(codes.size).toBe(55_000);
    const firstChars = new Set([...codes].map((c) => c[0]));
    const lastChars = new Set([...codes].map((c) => c[9]));
    expect(firstChars.size).toBe(32);
    expect(lastChars.size).toBe(32);
  });

  it('parses numbers with the new and the earlier 3-character device codes, and server renumberings', () => {
    const device = deviceCode('desk-1');
    const number = formatCaseNumber({ branch: 'SH01', day: '20261122', device, seq: 42 });
    expect(parseCaseNumber(number)).toEqual({ branch: 'SH01', day: '20261122', device, seq: 42 });
    expect(parseCaseNumber('SH01-20261122-K7F-0042')).toEqual({ branch: 'SH01', day: '20261122', device: 'K7F', seq: 42 });
    expect(parseCaseNumber('SH01-20261122-K7F-0042-R2')).toEqual({ branch: 'SH01', day: '20261122', device: 'K7F', seq: 42, renumbered: 2 });
    expect(parseCaseNumber('SH01-20261122-K7FA-0042')).toBeUndefined();
    expect(parseCaseNumber('not a case number')).toBeUndefined();
  });
});
