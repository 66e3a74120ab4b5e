import type { WritableDB } from '../store/db';
import { z } from 'zod';
import { JwtRefused, publicJwkSchema, publicKeyOf, tokenClaimsSchema, verifyJwt, type PublicJwk } from '../../node/tokenSigning';
import { AppError } from '../../shared/result';
import type { SignedInAgent } from '../../shared/schemas/sync';
import type { LoginResponse } from '../../shared/sync/protocol';
import { offlineLoginCheckOf, recordAccountRefusal, recordOnlineCheck, type AccountRefusal } from '../store/organisation/offlineLoginPolicy';
import { pinnedKeyOf, pinServerKey } from '../store/sync/pinnedServerKeys';
import { SyncNetworkError } from './syncTransport';

/** What `GET /auth/key` answers. */
export const serverKeyAnswerSchema = z.object({ kid: z.string().min(1), alg: z.literal('EdDSA'), key: publicJwkSchema });

/** A desktop clock may be a few minutes off the server's. */
const CLOCK_TOLERANCE_SECONDS = 300;

export const accountRefusals: readonly AccountRefusal[] = ['tokenRevoked', 'accountDeactivated'];

/** Fetches a server's public signing key (`GET /auth/key`); unreachable is a SyncNetworkError. */
export async function fetchServerKey(baseUrl: string, timeoutMs = 30_000, fetchImpl: typeof fetch = fetch): Promise<PublicJwk> {
  let json: unknown;
  try {
    const response = await fetchImpl(new URL('/auth/key', baseUrl), { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) throw new AppError('untrusted_server', `the server did not give its signing key (HTTP ${response.status})`);
    json = await response.json();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new SyncNetworkError(error instanceof Error ? error.message : String(error));
  }
  const parsed = serverKeyAnswerSchema.safeParse(json);
  if (!parsed.success) throw new AppError('untrusted_server', 'the server answered no valid Ed25519 signing key');
  return { ...parsed.data.key, kid: parsed.data.kid };
}

/** What Session asks before it believes a server, and what it tells about accounts. */
export interface SessionTrust {
  /** The agent a login answer's token proves (signature and expiry checked); never the answer's plain JSON. */
  verifiedAgent(answer: LoginResponse): Promise<Omit<SignedInAgent, 'offline'>>;
  /** Throws when this agent may not sign in offline now (window passed, or the server refused the account). */
  checkOfflineSignIn(number: string): void;
  /** The server confirmed this agent now. */
  confirmedOnline(number: string): void;
  /** The server refused this agent's token with `code` (recorded when it says reset or deactivated). */
  refused(number: string, code: string): void;
}

export interface TrustedServerOptions {
  db: WritableDB;
  now: () => number;
  /** The server URL in use (settings, with the machine policy on top). */
  serverUrl: () => string | null;
  /** A key the machine policy says to trust: wins over any pinned key. */
  policyKey?: PublicJwk | undefined;
  /** How long after the last online check offline sign-in is allowed. */
  offlineWindowMs: number;
  /** Fetches a server's key; HTTP `GET /auth/key` when absent. */
  fetchKey?: (serverUrl: string) => Promise<PublicJwk>;
}

/**
 * The desktop believes a role only from a server whose signing key it trusts: the machine
 * policy's key, or the key the server URL gave at its first sign-in here (pinned per URL in the
 * local store). A token that key did not sign is refused with `untrusted_server`, and the agent,
 * role and branch come from the verified claims.
 */
export function trustedServer(options: TrustedServerOptions): SessionTrust {
  const { db, now } = options;
  const fetchKey = options.fetchKey ?? ((url: string) => fetchServerKey(url));
  return {
    async verifiedAgent(answer) {
      const url = options.serverUrl();
      if (!url) throw new AppError('not_configured', 'no sync server is configured');
      const pinned = pinnedKeyOf(db, url);
      let key: PublicJwk;
      let toPin = false;
      if (options.policyKey) key = options.policyKey;
      else if (pinned) key = publicJwkSchema.parse(JSON.parse(pinned.jwk));
      else {
        key = await fetchKey(url);
        toPin = true;
      }
      let payload: Record<string, unknown>;
      try {
        payload = await verifyJwt(answer.token, publicKeyOf(key), now(), CLOCK_TOLERANCE_SECONDS);
      } catch (error) {
        if (error instanceof JwtRefused) throw new AppError('untrusted_server', `the sign-in token is not signed by the key this desktop trusts for ${url} (${error.message})`);
        throw error;
      }
      const claims = tokenClaimsSchema.safeParse(payload);
      if (!claims.success) throw new AppError('untrusted_server', 'the sign-in token does not carry valid claims');
      if (toPin) pinServerKey(db, url, { kid: key.kid ?? '', jwk: JSON.stringify(key) }, now());
      const { sub, num, role, br, tm } = claims.data;
      return { id: sub, number: num, name: answer.agent.id === sub ? answer.agent.name : num, role, branchId: br, teamId: tm };
    },
    checkOfflineSignIn(number) {
      const check = offlineLoginCheckOf(db, number);
      if (check?.revoked) throw new AppError('account_revoked', `the server said this account was ${check.revoked === 'tokenRevoked' ? 'reset' : 'deactivated'}; sign in online`);
      if (!check || now() - check.lastOnlineAt > options.offlineWindowMs) {
        throw new AppError('offline_sign_in_expired', 'offline sign-in is allowed only for a while after the server last confirmed this account; sign in online');
      }
    },
    confirmedOnline: (number) => recordOnlineCheck(db, number, now()),
    refused(number, code) {
      if ((accountRefusals as readonly string[]).includes(code)) recordAccountRefusal(db, number, code as AccountRefusal);
    },
  };
}

/** For a desktop without a server: nothing to trust, offline sign-in never reached. */
export const noServerTrust: SessionTrust = {
  verifiedAgent: () => Promise.reject(new AppError('not_configured', 'no sync server is configured')),
  checkOfflineSignIn: () => {
    throw new AppError('not_configured', 'no sync server is configured');
  },
  confirmedOnline: () => {},
  refused: () => {},
};
