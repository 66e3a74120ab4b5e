import type { FastifyInstance } from 'fastify';
import { loginRequestSchema, type LoginResponse } from '../../shared/sync/protocol';
import { login } from '../auth/login';
import type { ServerContext } from './serverContext';
import { parseBody } from './parseBody';

export function authRoutes(app: FastifyInstance, context: ServerContext): void {
  app.post('/auth/login', async (request): Promise<LoginResponse> => {
    const body = parseBody(loginRequestSchema, request.body);
    const answer = await login(context.db, body, { key: await context.tokenKey(), now: context.now(), lifetimeMs: context.tokenLifetimeMs });
    request.agentId = answer.agent.id;
    return answer;
  });
}
