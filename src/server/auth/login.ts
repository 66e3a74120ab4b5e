import type { LoginRequest, LoginResponse } from '../../shared/sync/protocol';
import type { ServerDb } from '../storage/serverDb';
import { accountByNumber } from './agentAccount';
import { AuthError } from './authError';
import { serverScryptCost } from './passwordCost';
import { hashPassword, verifyPassword, type ScryptCost } from '../../node/passwords';
import { DEFAULT_TOKEN_LIFETIME_MS, signToken } from './tokens';
import type { SigningKey } from '../../node/tokenSigning';

export interface LoginOptions {
  key: SigningKey;
  now: number;
  lifetimeMs?: number;
}

const dummyHashes = new Map<string, Promise<string>>();

/** A hash to check an unknown number's password against, so it takes as long as a known one. */
function dummyHash(cost: ScryptCost): Promise<string> {
  const id = `${cost.N}/${cost.r}/${cost.p}`;
  let hash = dummyHashes.get(id);
  if (!hash) {
    hash = hashPassword('not a password of anyone', cost);
    dummyHashes.set(id, hash);
  }
  return hash;
}

/**
 * Checks an agent's number and password and signs a token. A wrong number and a wrong password
 * are refused alike and in the same time; an inactive agent is told so only after the password
 * matched.
 */
export async function login(db: ServerDb, request: LoginRequest, options: LoginOptions): Promise<LoginResponse> {
  const account = await db.read((tx) => accountByNumber(tx, request.number));
  const matches = await verifyPassword(request.password, account?.passwordHash ?? (await dummyHash(serverScryptCost())));
  if (!account || !matches) throw new AuthError('badCredentials', 'wrong agent number or password');
  const profile = account.profile;
  if (!profile) throw new Error(`account ${account.agentId} has no agent record`);
  if (profile.active !== 1) throw new AuthError('agentInactive', 'this agent has been deactivated');
  const expiresAt = options.now + (options.lifetimeMs ?? DEFAULT_TOKEN_LIFETIME_MS);
  const token = await signToken(
    { sub: profile.id, num: profile.number, role: profile.role, br: profile.branch_id, tm: profile.team_id, ver: account.tokenVersion, exp: expiresAt },
    options.key,
  );
  return {
    token,
    kid: options.key.kid,
    expiresAt,
    agent: { id: profile.id, number: profile.number, name: profile.name, role: profile.role, branchId: profile.branch_id, teamId: profile.team_id },
  };
}
