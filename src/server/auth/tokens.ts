import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { roles } from '../../shared/schemas/domainTerms';
import { AuthError } from './authError';

/**
 * Stateless sign-in tokens: `base64url(JSON claims).base64url(HMAC-SHA256 of the first part)`.
 * The claims say who the agent is and until when (ms since the epoch); `ver` is the account's
 * token version, which a password reset bumps so older tokens stop working.
 */
export const DEFAULT_TOKEN_LIFETIME_MS = 12 * 60 * 60 * 1000;

export const tokenClaimsSchema = z.object({
  sub: z.string().min(1),
  num: z.string().min(1),
  role: z.enum(roles),
  br: z.string().min(1),
  tm: z.string().nullable(),
  ver: z.number().int().min(0),
  exp: z.number().int(),
});
export type TokenClaims = z.infer<typeof tokenClaimsSchema>;

const MIN_KEY_BYTES = 32;

function signature(payload: string, key: Buffer): string {
  return createHmac('sha256', key).update(payload).digest('base64url');
}

export function signToken(claims: TokenClaims, key: Buffer): string {
  if (key.length < MIN_KEY_BYTES) throw new Error('the token key is too short');
  const payload = Buffer.from(JSON.stringify(claims), 'utf8').toString('base64url');
  return `${payload}.${signature(payload, key)}`;
}

/** The claims of a token this key signed and that has not expired at `now`; an AuthError otherwise. */
export function verifyToken(token: string, key: Buffer, now: number): TokenClaims {
  const parts = token.split('.');
  if (parts.length !== 2) throw new AuthError('unauthenticated', 'malformed token');
  const [payload, given] = parts as [string, string];
  // Compared as text, so a changed character anywhere fails (base64 decoding would ignore some).
  const expected = Buffer.from(signature(payload, key), 'ascii');
  const actual = Buffer.from(given, 'ascii');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) throw new AuthError('unauthenticated', 'invalid token signature');
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw new AuthError('unauthenticated', 'malformed token');
  }
  const claims = tokenClaimsSchema.safeParse(json);
  if (!claims.success) throw new AuthError('unauthenticated', 'malformed token');
  if (claims.data.exp <= now) throw new AuthError('tokenExpired', 'the sign-in has expired; sign in again');
  return claims.data;
}
