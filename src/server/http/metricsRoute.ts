import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ServerMetrics } from '../metrics/serverMetrics';
import { HttpError } from './httpError';

/**
 * `GET /metrics`: the Prometheus text format. Open when no token is configured (keep the port
 * private or filter the path at the proxy); with AGENTDESK_METRICS_TOKEN, only
 * `Authorization: Bearer <token>` may read it.
 */
export function metricsRoute(app: FastifyInstance, metrics: ServerMetrics, token: string | undefined): void {
  app.get('/metrics', async (request, reply) => {
    if (token && !sameSecret(request.headers.authorization ?? '', `Bearer ${token}`)) {
      throw new HttpError(401, 'unauthorized', 'the metrics need the metrics token (Authorization: Bearer …)');
    }
    reply.type('text/plain; version=0.0.4; charset=utf-8');
    return metrics.render();
  });
}

/** Counts every answered request, and its error code if it had one. */
export function countRequests(app: FastifyInstance, metrics: ServerMetrics): void {
  app.addHook('onResponse', async (request, reply) => {
    metrics.request(request.method, request.routeOptions.url ?? 'unmatched', reply.statusCode);
    if (request.errorCode) metrics.error(request.errorCode);
  });
}

function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
