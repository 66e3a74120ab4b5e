import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { NOTICE_EVENT, NOTICE_READY_EVENT, noticeReaches } from '../../shared/sync/notices';
import type { NoticeBus } from '../notices/noticeBus';
import { bearerAgent } from './bearerAuth';
import type { ServerContext } from './serverContext';

/** A comment line this often keeps proxies and the desktop's read from timing the stream out. */
export const NOTICE_HEARTBEAT_MS = 15_000;

/**
 * `GET /sync/events`: server-sent events for a signed-in desktop (the same bearer token as
 * `/sync/push`). The stream opens with a `ready` event, then carries a `notice` event for every
 * notice the agent's role and branch may receive (see `noticeReaches`). Closing the server ends
 * every stream, so a graceful shutdown is not held open by them.
 */
export function noticeRoutes(app: FastifyInstance, context: ServerContext, bus: NoticeBus): void {
  const streams = new Set<ServerResponse>();
  app.addHook('preClose', async () => {
    for (const stream of streams) stream.end();
    streams.clear();
  });

  app.get('/sync/events', async (request, reply) => {
    const agent = await bearerAgent(request, context.db, await context.tokenKey(), context.now());
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    streams.add(raw);
    const unsubscribe = bus.subscribe((notice) => {
      if (noticeReaches(notice, agent)) raw.write(`event: ${NOTICE_EVENT}\ndata: ${JSON.stringify(notice)}\n\n`);
    });
    const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), NOTICE_HEARTBEAT_MS);
    heartbeat.unref();
    const done = () => {
      clearInterval(heartbeat);
      unsubscribe();
      streams.delete(raw);
    };
    raw.once('close', done);
    request.raw.once('close', done);
    raw.write(`retry: 2000\nevent: ${NOTICE_READY_EVENT}\ndata: {}\n\n`);
  });
}
