import type { FastifyRequest } from 'fastify';
import { AuthError } from '../auth/authError';
import type { AuthedAgent } from '../auth/authedAgent';
import { authenticate } from '../auth/authenticate';
import type { ServerDb } from '../storage/serverDb';
import type { SigningKey } from '../../node/tokenSigning';

/** The agent the request's `Authorization: Bearer <token>` signs in, or a 401. */
export async function bearerAgent(request: FastifyRequest, db: ServerDb, key: SigningKey, now: number): Promise<AuthedAgent> {
  const header = request.headers.authorization;
  if (!header) throw new AuthError('unauthenticated', 'sign in first: no Authorization header');
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw new AuthError('unauthenticated', 'the Authorization header must be "Bearer <token>"');
  const agent = await authenticate(db, match[1]!, key, now);
  request.agentId = agent.id;
  return agent;
}
