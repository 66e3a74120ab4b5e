import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AuthError } from '../../src/server/auth/authError';
import { DEFAULT_TOKEN_LIFETIME_MS, signToken, verifyToken, type TokenClaims } from '../../src/server/auth/tokens';
import { exportSigningKey, generateSigningKey, parseSigningKey, publicJwkSchema, signJwt } from '../../src/node/tokenSigning';

const key = await generateSigningKey();
const T0 = Date.UTC(2026, 10, 23, 1, 0);
const claims: TokenClaims = { sub: 'agent-1', num: '1001', role: 'lead', br: 'branch-a', tm: null, ver: 3, exp: T0 + DEFAULT_TOKEN_LIFETIME_MS };

async function refusal(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof AuthError) return error.code;
    throw error;
  }
  return 'accepted';
}

function partsOf(token: string): { header: Record<string, unknown>; payload: Record<string, unknown> } {
  const [header, payload] = token.split('.') as [string, string];
  return { header: JSON.parse(Buffer.from(header, 'base64url').toString()) as Record<string, unknown>, payload: JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown> };
}

describe('sign-in tokens', () => {
  it('are EdDSA JWTs with the key id, giving back the claims they carry until they expire after a 12-hour shift', async () => {
    const token = await signToken(claims, key);
    expect(partsOf(token).header).toEqual({ alg: 'EdDSA', kid: key.kid, typ: 'JWT' });
    expect(partsOf(token).payload).toMatchObject({ sub: 'agent-1', role: 'lead', ver: 3, exp: claims.exp / 1000 });
    expect(await verifyToken(token, key, T0)).toEqual(claims);
    expect(DEFAULT_TOKEN_LIFETIME_MS).toBe(12 * 3_600_000);
    expect(await verifyToken(token, key, claims.exp - 1)).toEqual(claims);
    expect(await refusal(() => verifyToken(token, key, claims.exp))).toBe('tokenExpired');
  });

  it('refuses a token with any one character changed, another key, or a malformed token', async () => {
    const token = await signToken(claims, key);
    for (let i = 0; i < token.length; i++) {
      if (token[i] === '.') continue;
      const flipped = token.slice(0, i) + (token[i] === 'A' ? 'B' : 'A') + token.slice(i + 1);
      expect(await refusal(() => verifyToken(flipped, key, T0)), `character ${i}`).toBe('unauthenticated');
    }
    const other = await generateSigningKey();
    expect(await refusal(() => verifyToken(token, other, T0))).toBe('unauthenticated');
    for (const bad of ['', 'abc', 'a.b.c', `${token}.x`, token.replace('.', '')]) expect(await refusal(() => verifyToken(bad, key, T0))).toBe('unauthenticated');
  });

  it('refuses an unsigned token (alg none) and a payload that is not claims of ours', async () => {
    const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims, exp: claims.exp / 1000, role: 'admin' })}.`;
    expect(await refusal(() => verifyToken(unsigned, key, T0))).toBe('unauthenticated');
    const foreign = await signJwt({ sub: 'x', role: 'superuser', exp: claims.exp }, key);
    expect(await refusal(() => verifyToken(foreign, key, T0))).toBe('unauthenticated');
  });

  it('keeps a key as a private JWK, reads one given as JWK or PKCS8 PEM, and refuses any other kind of key', async () => {
    const again = await parseSigningKey(exportSigningKey(key));
    expect(again.kid).toBe(key.kid);
    expect(await verifyToken(await signToken(claims, again), key, T0)).toEqual(claims);
    expect(publicJwkSchema.parse(key.publicJwk)).toEqual({ kty: 'OKP', crv: 'Ed25519', x: expect.any(String), kid: key.kid });
    const pem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    expect((await parseSigningKey(pem)).kid).toEqual(expect.any(String));
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    await expect(parseSigningKey(rsa)).rejects.toThrow(/Ed25519/);
    await expect(parseSigningKey('not a key')).rejects.toThrow(/Ed25519/);
  });
});
