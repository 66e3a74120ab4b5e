import { describe, expect, it } from 'vitest';
import { DEFAULT_SCRYPT_COST, hashPassword, verifyPassword } from '../../src/node/passwords';

const fast = { N: 1024, r: 8, p: 1 };

describe('password hashes', () => {
  it('verifies the right password (NFC or not) and refuses a wrong one', async () => {
    const hash = await hashPassword('上海-密码-2026', fast);
    expect(hash).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(await verifyPassword('上海-密码-2026', hash)).toBe(true);
    expect(await verifyPassword('上海-密码-2025', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
    const composed = await hashPassword('café-pass', fast);
    expect(await verifyPassword('cafe\u0301-pass', composed)).toBe(true);
  });

  it('salts every hash, and never contains the password', async () => {
    const [a, b] = await Promise.all([hashPassword('same password', fast), hashPassword('same password', fast)]);
    expect(a).not.toBe(b);
    expect(a).not.toContain('same password');
  });

  it('refuses what is not one of its hashes, a changed hash, and an absurd cost, without throwing', async () => {
    const hash = await hashPassword('password-1', fast);
    const parts = hash.split('$');
    const changedKey = [...parts.slice(0, 5), Buffer.from('x'.repeat(32)).toString('base64')].join('$');
    for (const encoded of ['', 'plain', 'bcrypt$1$2$3$4$5', changedKey, hash.replace('$1024$', '$1000$'), hash.replace('$1024$', `$${2 ** 30}$`), hash.slice(0, -4)]) {
      expect(await verifyPassword('password-1', encoded)).toBe(false);
    }
  });

  it('is slow by default (N = 2^15)', () => {
    expect(DEFAULT_SCRYPT_COST).toEqual({ N: 2 ** 15, r: 8, p: 1 });
  });
});
