import { createPrivateKey, createPublicKey, generateKeyPairSync, type JsonWebKey, type KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, errors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { roles } from '../shared/schemas/domainTerms';

/**
 * Sign-in tokens are JWTs signed with EdDSA (Ed25519). The server holds the private key; a desktop
 * holds only the public one (fetched once from `GET /auth/key` and pinned, or given by machine
 * policy), so it can check who a token says it is for without believing the server's plain JSON.
 * Node-only (node:crypto + jose), shared by the server and Electron main.
 */
export const TOKEN_ALG = 'EdDSA';

/** A public Ed25519 key as a JWK (what `GET /auth/key` answers and what a desktop pins). */
export const publicJwkSchema = z.object({
  kty: z.literal('OKP'),
  crv: z.literal('Ed25519'),
  x: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  kid: z.string().min(1).max(200).optional(),
});
export type PublicJwk = z.infer<typeof publicJwkSchema>;

/** The claims of a sign-in token: who (`sub` agent id, `num` number), role, branch, team, the account's token version, and `exp` (ms). */
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

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** The public half as a JWK with its kid. */
  publicJwk: PublicJwk;
}

/** The key id of a public key: its RFC 7638 thumbprint, so the same key always has the same id. */
export function keyIdOf(jwk: PublicJwk): Promise<string> {
  return calculateJwkThumbprint({ kty: jwk.kty, crv: jwk.crv, x: jwk.x });
}

async function fromPrivate(privateKey: KeyObject): Promise<SigningKey> {
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('the token signing key must be an Ed25519 private key');
  const publicKey = createPublicKey(privateKey);
  const exported = publicJwkSchema.parse(publicKey.export({ format: 'jwk' }));
  const kid = await keyIdOf(exported);
  return { kid, privateKey, publicKey, publicJwk: { ...exported, kid } };
}

/** A new Ed25519 key pair. */
export function generateSigningKey(): Promise<SigningKey> {
  return fromPrivate(generateKeyPairSync('ed25519').privateKey);
}

/** A private key given as a JWK (JSON text) or as PKCS8 PEM. */
export async function parseSigningKey(text: string): Promise<SigningKey> {
  const trimmed = text.trim();
  let privateKey: KeyObject;
  try {
    privateKey = trimmed.startsWith('{')
      ? createPrivateKey({ key: JSON.parse(trimmed) as JsonWebKey, format: 'jwk' })
      : createPrivateKey({ key: trimmed, format: 'pem' });
  } catch (error) {
    throw new Error(`the token signing key is not an Ed25519 private key (JWK or PKCS8 PEM): ${error instanceof Error ? error.message : String(error)}`);
  }
  return fromPrivate(privateKey);
}

/** The private key as JWK JSON, to keep in `server_secrets`. */
export function exportSigningKey(key: SigningKey): string {
  return JSON.stringify(key.privateKey.export({ format: 'jwk' }));
}

/** A KeyObject for a pinned public JWK. */
export function publicKeyOf(jwk: PublicJwk): KeyObject {
  return createPublicKey({ key: { kty: jwk.kty, crv: jwk.crv, x: jwk.x }, format: 'jwk' });
}

/** Signs `claims` (an `exp` in ms since the epoch, rounded up to a whole second in the JWT). */
export function signJwt(claims: Record<string, unknown> & { exp: number }, key: SigningKey): Promise<string> {
  const { exp, ...rest } = claims;
  return new SignJWT(rest).setProtectedHeader({ alg: TOKEN_ALG, kid: key.kid, typ: 'JWT' }).setExpirationTime(Math.ceil(exp / 1000)).sign(key.privateKey);
}

export type JwtRefusal = 'expired' | 'invalid';

export class JwtRefused extends Error {
  constructor(readonly reason: JwtRefusal, message: string) {
    super(message);
    this.name = 'JwtRefused';
  }
}

/**
 * The payload of a token `publicKey` signed (EdDSA only) and that has not expired at `now` (ms),
 * with `exp` given back in ms; a JwtRefused otherwise.
 */
export async function verifyJwt(token: string, publicKey: KeyObject, now: number, clockToleranceSeconds = 0): Promise<Record<string, unknown> & { exp: number }> {
  // A token is accepted only in its one canonical spelling: base64url leaves spare bits in each
  // part's last character, and a token with them changed must not pass as the same token.
  if (!token.split('.').every((part) => Buffer.from(part, 'base64url').toString('base64url') === part)) throw new JwtRefused('invalid', 'invalid token: not canonical base64url');
  try {
    const { payload } = await jwtVerify(token, publicKey, { algorithms: [TOKEN_ALG], currentDate: new Date(now), clockTolerance: clockToleranceSeconds, requiredClaims: ['exp'] });
    const expMs = (payload.exp as number) * 1000;
    // jose compares whole seconds; compare ms too, so "expired" means now ≥ exp exactly.
    if (expMs + clockToleranceSeconds * 1000 <= now) throw new JwtRefused('expired', 'the token has expired');
    return { ...payload, exp: expMs };
  } catch (error) {
    if (error instanceof JwtRefused) throw error;
    if (error instanceof errors.JWTExpired) throw new JwtRefused('expired', 'the token has expired');
    const code = (error as { code?: unknown }).code;
    throw new JwtRefused('invalid', `invalid token${typeof code === 'string' ? `: ${code}` : ''}`);
  }
}
