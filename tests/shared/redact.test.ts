import { describe, expect, it } from 'vitest';
import { redact } from '../../src/shared/domain/redact';

describe('log redaction', () => {
  it('masks mobile numbers written with spaces, dashes or a +86 prefix', () => {
    for (const phone of ['138 0013 8000', '138-0013-8000', '+86 138 0013 8000', '+86-138-0013-8000', '+8613800138000', '86 13800138000', '13800138000']) {
      const line = redact(`caller ${phone} asked for a callback`);
      expect(line, phone).not.toMatch(/0013|00138/);
      expect(line, phone).toContain('8000');
    }
  });

  it('masks 15- and 18-digit ID-card numbers', () => {
    expect(redact('id 110101900307123 ok')).toBe('id 110101*****7123 ok');
    expect(redact('id 11010119900307123X ok')).toBe('id 110101********123X ok');
  });

  it('masks bank-card numbers of 16 to 19 digits, with or without spaces or dashes', () => {
    for (const card of ['6222021234567890', '6222 0212 3456 7890', '6222-0212-3456-7890', '6217003810000127788', '6217 0038 1000 0127 788']) {
      const line = redact(`refund to card ${card}.`);
      expect(line, card).not.toMatch(/0212|3456|0038|1000/);
      expect(line, card).toMatch(/\d{3,4}\.$/);
    }
  });

  it('masks password= and token= pairs, quoted or not', () => {
    const line = redact('login password=hunter22 token: abc.def-123 &access_token=xyz987 secret="s3cr3t" {"password":"p4ss"}');
    expect(line).not.toMatch(/hunter22|abc\.def|xyz987|s3cr3t|p4ss/);
    expect(line).toContain('password=[redacted]');
    expect(line).toContain('access_token=[redacted]');
  });

  it('leaves case numbers, order numbers, timestamps, clocks and durations alone', () => {
    const ordinary = [
      'case SH01-20261122-3GK-0001, order SO2026112200017, 45 minutes',
      'case SH01-20261122-K7F2M9XQ4B-0001-R1 renumbered',
      'case SH01-20261122-0213456789-0001 (a device code of digits only)',
      'at 2026-11-22T10:30:00.000Z (1795741200000), took 1234 ms, 86400 s',
      'hlc 001795741200000-00000-desk-1 clamped; change 123456789012',
      'seq 1381 of 2000, tokens 3, token_version 2',
    ];
    for (const text of ordinary) expect(redact(text)).toBe(text);
  });
});
