import type { FastifyInstance, FastifyServerOptions } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in agent the request acted for, for the log line. */
    agentId: string | null;
    /** The error code the request was answered with, for the log line. */
    errorCode: string | null;
  }
}

type LoggerOption = FastifyServerOptions['logger'];

/** The path without its query string: a URL may carry nothing personal into the log. */
export function pathOf(url: string): string {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

/**
 * Pino options for the server: the Authorization header redacted wherever a request is
 * logged, requests serialized as method and path only (no headers, no client address).
 */
export function serverLoggerOptions(logger: LoggerOption | undefined): LoggerOption {
  if (!logger) return false;
  const base = logger === true ? {} : logger;
  return {
    level: 'info',
    ...base,
    redact: { paths: ['req.headers.authorization', 'headers.authorization', 'authorization'], censor: '[redacted]' },
    serializers: {
      ...base.serializers,
      req: (req: { method?: string; url?: string }) => ({ method: req.method, url: pathOf(req.url ?? '') }),
    },
  };
}

/**
 * One line per request: method, path, status, duration and agent id. Bodies are never logged
 * (they hold customers' personal data), nor headers (the token).
 */
export function logRequests(app: FastifyInstance): void {
  app.decorateRequest('agentId', null);
  app.decorateRequest('errorCode', null);
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        url: pathOf(request.url),
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
        agent: request.agentId,
        ...(request.errorCode ? { error: request.errorCode } : {}),
      },
      'request',
    );
  });
}
