import type { ServerDb } from '../storage/serverDb';
import { accountById } from './agentAccount';
import { AuthError } from './authError';
import type { AuthedAgent } from './authedAgent';
import { verifyToken } from './tokens';
import type { SigningKey } from '../../node/tokenSigning';

/**
 * Who a token acts for: its signature and expiry checked, then one indexed read of the account,
 * so a token made before a password reset (older token version) or for an agent since
 * deactivated is refused, with a code saying which (`tokenRevoked`, `accountDeactivated`) so the
 * desktop can stop offline sign-in for that agent too. Role, branch and team come from that read: a move takes effect at once.
 */
export async function authenticate(db: ServerDb, token: string, key: SigningKey, now: number): Promise<AuthedAgent> {
  const claims = await verifyToken(token, key, now);
  const account = await db.read((tx) => accountById(tx, claims.sub));
  if (!account || account.tokenVersion !== claims.ver) throw new AuthError('tokenRevoked', 'this sign-in was revoked (password reset); sign in again');
  const profile = account.profile;
  if (!profile || profile.active !== 1) throw new AuthError('accountDeactivated', 'this agent has been deactivated');
  return { id: profile.id, number: profile.number, role: profile.role, branchId: profile.branch_id, teamId: profile.team_id };
}
