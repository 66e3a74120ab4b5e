import type { FastifyInstance } from 'fastify';
import { loginRequestSchema, type LoginResponse } from '../../shared/sync/protocol';
import { login } from '../auth/login';
import { AuthError } from '../auth/authError';
import { LoginThrottle } from '../auth/loginThrottle';
import { HttpError } from './httpError';
import type { ServerContext } from './serverContext';
import { parseBody } from './parseBody';

export function authRoutes(app: FastifyInstance, context: ServerContext): void {
  const throttle = new LoginThrottle();
  app.post('/auth/login', async (request): Promise<LoginResponse> => {
    const body = parseBody(loginRequestSchema, request.body);
    const address = request.ip;
    const wait = throttle.retryAfter(body.number, address, context.now());
    if (wait > 0) throw new HttpError(429, 'tooManyAttempts', `too many failed sign-ins from this address; try again in ${Math.ceil(wait / 60_000)} min`);
    try {
      const answer = await login(context.db, body, { key: await context.tokenKey(), now: context.now(), lifetimeMs: context.tokenLifetimeMs });
      throttle.succeeded(body.number, address);
      request.agentId = answer.agent.id;
      return answer;
    } catch (error) {
      if (error instanceof AuthError && error.code === 'badCredentials') throttle.failed(body.number, address, context.now());
      throw error;
    }
  });
}
