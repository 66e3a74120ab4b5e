import { JwtRefused, signJwt, tokenClaimsSchema, verifyJwt, type SigningKey, type TokenClaims } from '../../node/tokenSigning';
import { AuthError } from './authError';

/**
 * Stateless sign-in tokens: JWTs signed with the server's Ed25519 key (EdDSA, header `kid`), so a
 * desktop that pinned the public key can check them too. The claims say who the agent is and until
 * when (`exp`, ms since the epoch here, whole seconds in the JWT); `ver` is the account's token
 * version, which a password reset bumps so older tokens stop working.
 */
export const DEFAULT_TOKEN_LIFETIME_MS = 12 * 60 * 60 * 1000;

export { tokenClaimsSchema, type TokenClaims } from '../../node/tokenSigning';

export function signToken(claims: TokenClaims, key: SigningKey): Promise<string> {
  return signJwt(tokenClaimsSchema.parse(claims), key);
}

/** The claims of a token this key signed and that has not expired at `now`; an AuthError otherwise. */
export async function verifyToken(token: string, key: SigningKey, now: number): Promise<TokenClaims> {
  let payload: Record<string, unknown>;
  try {
    payload = await verifyJwt(token, key.publicKey, now);
  } catch (error) {
    if (error instanceof JwtRefused && error.reason === 'expired') throw new AuthError('tokenExpired', 'the sign-in has expired; sign in again');
    if (error instanceof JwtRefused) throw new AuthError('unauthenticated', 'invalid token signature');
    throw error;
  }
  const claims = tokenClaimsSchema.safeParse(payload);
  if (!claims.success) throw new AuthError('unauthenticated', 'malformed token');
  return claims.data;
}
