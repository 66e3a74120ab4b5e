import type { FastifyInstance } from 'fastify';
import { pullRequestSchema, pushRequestSchema, type PushResponse } from '../../shared/sync/protocol';
import { pullChangesJson } from '../sync/pullChanges';
import { pushMutations } from '../sync/pushMutations';
import { bearerAgent } from './bearerAuth';
import { parseBody } from './parseBody';
import type { ServerContext } from './serverContext';

export function syncRoutes(app: FastifyInstance, context: ServerContext): void {
  const { db } = context;

  app.post('/sync/push', async (request): Promise<PushResponse> => {
    const agent = await bearerAgent(request, db, await context.tokenKey(), context.now());
    const body = parseBody(pushRequestSchema, request.body);
    return pushMutations(db, agent, body, context.now(), {
      clockClamped: (clientId, hlc) => request.log.warn({ clientId, hlc }, 'client clock ahead of the server: timestamp clamped'),
    });
  });

  app.post('/sync/pull', async (request, reply): Promise<string> => {
    const agent = await bearerAgent(request, db, await context.tokenKey(), context.now());
    const body = parseBody(pullRequestSchema, request.body);
    reply.type('application/json; charset=utf-8');
    return pullChangesJson(db, agent, body); // a PullResponse, already serialized
  });
}
