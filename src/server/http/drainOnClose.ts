import type { FastifyInstance } from 'fastify';

/**
 * Graceful close: once `app.close()` has begun, every answer still being sent carries
 * `Connection: close`, so the client's keep-alive connection ends with it. Without this a
 * desktop's pooled connection, answered during the close, would hold `server.close()` open until
 * the keep-alive timeout (72 s in fastify) and the service manager would kill the process.
 * Idle connections are closed by fastify itself, new requests on them get 503.
 */
export function drainOnClose(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });
}
