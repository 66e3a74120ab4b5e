import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AuthError } from '../../src/server/auth/authError';
import { DEFAULT_TOKEN_LIFETIME_MS, signToken, verifyToken, type TokenClaims } from '../../src/server/auth/tokens';

const key = randomBytes(32);
const T0 = Date.UTC(2026, 10, 23, 1, 0);
const claims: TokenClaims = { sub: 'agent-1', num: '1001', role: 'lead', br: 'branch-a', tm: null, ver: 3, exp: T0 + DEFAULT_TOKEN_LIFETIME_MS };

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof AuthError) return error.code;
    throw error;
  }
  return 'accepted';
}

describe('sign-in tokens', () => {
  it('gives back the claims it signed, until they expire after a 12-hour shift', () => {
    const token = signToken(claims, key);
    expect(verifyToken(token, key, T0)).toEqual(claims);
    expect(DEFAULT_TOKEN_LIFETIME_MS).toBe(12 * 3_600_000);
    expect(verifyToken(token, key, claims.exp - 1)).toEqual(claims);
    expect(refusal(() => verifyToken(token, key, claims.exp))).toBe('tokenExpired');
  });

  it('refuses a token with any one character changed, another key, or a malformed token', () => {
    const token = signToken(claims, key);
    for (let i = 0; i < token.length; i++) {
      if (token[i] === '.') continue;
      const flipped = token.slice(0, i) + (token[i] === 'A' ? 'B' : 'A') + token.slice(i + 1);
      expect(refusal(() => verifyToken(flipped, key, T0)), `character ${i}`).toBe('unauthenticated');
    }
    expect(refusal(() => verifyToken(token, randomBytes(32), T0))).toBe('unauthenticated');
    for (const bad of ['', 'abc', 'a.b.c', `${token}.x`, token.replace('.', '')]) expect(refusal(() => verifyToken(bad, key, T0))).toBe('unauthenticated');
  });

  it('refuses a correctly signed payload that is not claims of ours', () => {
    const payload = Buffer.from(JSON.stringify({ sub: 'x', role: 'superuser' })).toString('base64url');
    const forged = signToken({ ...claims }, key).replace(/^[^.]+/, payload);
    expect(refusal(() => verifyToken(forged, key, T0))).toBe('unauthenticated');
  });
});
