import type { ServerDb } from '../storage/serverDb';
import { accountById } from './agentAccount';
import { AuthError } from './authError';
import type { AuthedAgent } from './authedAgent';
import { verifyToken } from './tokens';

/**
 * Who a token acts for: its signature and expiry checked, then one indexed read of the account,
 * so a token made before a password reset (older token version) or for an agent since
 * deactivated is refused. Role, branch and team come from that read: a move takes effect at once.
 */
export async function authenticate(db: ServerDb, token: string, key: Buffer, now: number): Promise<AuthedAgent> {
  const claims = verifyToken(token, key, now);
  const account = await db.read((tx) => accountById(tx, claims.sub));
  if (!account || account.tokenVersion !== claims.ver) throw new AuthError('unauthenticated', 'this sign-in was revoked; sign in again');
  const profile = account.profile;
  if (!profile || profile.active !== 1) throw new AuthError('unauthenticated', 'this agent has been deactivated');
  return { id: profile.id, number: profile.number, role: profile.role, branchId: profile.branch_id, teamId: profile.team_id };
}
