import type { FastifyInstance } from 'fastify';
import { pullRequestSchema, pushRequestSchema, type PushResponse } from '../../shared/sync/protocol';
import { pullChangesJson } from '../sync/pullChanges';
import { pushMutations } from '../sync/pushMutations';
import { noticesOf } from '../notices/noticesOf';
import { bearerAgent } from './bearerAuth';
import { parseBody } from './parseBody';
import type { ServerContext } from './serverContext';

export function syncRoutes(app: FastifyInstance, context: ServerContext): void {
  const { db } = context;

  app.post('/sync/push', async (request): Promise<PushResponse> => {
    const agent = await bearerAgent(request, db, await context.tokenKey(), context.now());
    const body = parseBody(pushRequestSchema, request.body);
    const answer = await pushMutations(db, agent, body, context.now(), {
      clockClamped: (clientId, hlc) => request.log.warn({ clientId, hlc }, 'client clock ahead of the server: timestamp clamped'),
      committed: (records) => {
        for (const notice of noticesOf(records)) void context.notices.publish(notice);
      },
    });
    context.metrics.push(body.clientId, body.mutations.length);
    return answer;
  });

  app.post('/sync/pull', async (request, reply): Promise<string> => {
    const agent = await bearerAgent(request, db, await context.tokenKey(), context.now());
    const body = parseBody(pullRequestSchema, request.body);
    reply.type('application/json; charset=utf-8');
    const page = await pullChangesJson(db, agent, body, (rows) => context.metrics.pull(body.clientId, rows)); // a PullResponse, already serialized
    return page;
  });
}
