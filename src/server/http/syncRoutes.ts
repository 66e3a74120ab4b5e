import type { FastifyInstance } from 'fastify';
import { Readable } from 'node:stream';
import { pullRequestSchema, pushRequestSchema, snapshotRequestSchema, type PushResponse } from '../../shared/sync/protocol';
import { pullChangesJson } from '../sync/pullChanges';
import { pushMutations } from '../sync/pushMutations';
import { noticesOf } from '../notices/noticesOf';
import { snapshotHeader, snapshotLines } from '../sync/snapshotChanges';
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

  // A first sync in bulk (snapshotChanges.ts): the same rows and scope as pulling from 0, streamed as NDJSON.
  app.post('/sync/snapshot', async (request, reply) => {
    const agent = await bearerAgent(request, db, await context.tokenKey(), context.now());
    const body = parseBody(snapshotRequestSchema, request.body);
    const header = await snapshotHeader(db, body); // refuses another server's id (409) before anything is sent
    reply.type('application/x-ndjson; charset=utf-8');
    return reply.send(Readable.from(snapshotLines(db, agent, header, (rows) => context.metrics.pull(body.clientId, rows))));
  });
}
