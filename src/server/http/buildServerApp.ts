import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { loadTokenKey } from '../auth/tokenKey';
import { DEFAULT_TOKEN_LIFETIME_MS } from '../auth/tokens';
import type { ServerDb } from '../storage/serverDb';
import type { SigningKey } from '../../node/tokenSigning';
import { authRoutes } from './authRoutes';
import { errorReplyOf } from './errorReply';
import { healthRoute } from './healthRoute';
import { keyRoute } from './keyRoute';
import { countRequests, metricsRoute } from './metricsRoute';
import { drainOnClose } from './drainOnClose';
import { ServerMetrics } from '../metrics/serverMetrics';
import { logRequests, serverLoggerOptions } from './requestLog';
import type { ServerContext } from './serverContext';
import { syncRoutes } from './syncRoutes';
import { noticeRoutes } from './noticeRoutes';
import { evidenceRoutes } from './evidenceRoutes';
import type { NoticeBus } from '../notices/noticeBus';
import { openNoticeBus } from '../notices/openNoticeBus';

/** A push batch is at most 1 MB of JSON (MAX_PUSH_BYTES); twice that leaves room for escaping. */
export const BODY_LIMIT_BYTES = 2 * 1024 * 1024;

export interface ServerAppOptions {
  db: ServerDb;
  /** The clock tokens expire and pushes are stamped by; default Date.now. */
  now?: () => number;
  /** Fastify's logger: false (default), true, or pino options (e.g. a `stream` in tests). */
  logger?: FastifyServerOptions['logger'];
  /** Signs tokens with this Ed25519 private key (AGENTDESK_TOKEN_PRIVATE_KEY: JWK JSON or PKCS8 PEM) instead of the one kept in the database. */
  tokenPrivateKey?: string;
  tokenLifetimeMs?: number;
  /** The counters `/metrics` shows; default a fresh set. */
  metrics?: ServerMetrics;
  /** When set, `/metrics` needs `Authorization: Bearer <metricsToken>` (AGENTDESK_METRICS_TOKEN). */
  metricsToken?: string;
  /** TLS: the server answers HTTPS with this certificate chain and key (PEM). */
  https?: { cert: Buffer | string; key: Buffer | string };
  /** Live notices; default the database's own (PostgreSQL LISTEN/NOTIFY, or memory on SQLite), closed with the app. */
  notices?: NoticeBus;
}

/**
 * The sync server's HTTP app, not listening: `app.inject` in tests, `app.listen` in main.ts.
 * Every error is answered as JSON `{error: {code, message}}`.
 */
export function buildServerApp(options: ServerAppOptions): FastifyInstance {
  const app = Fastify({
    logger: serverLoggerOptions(options.logger),
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT_BYTES,
    return503OnClosing: true,
    ...(options.https ? { https: options.https } : {}),
  }) as unknown as FastifyInstance; // with `https` the instance is typed for https.Server; the routes do not care
  // Only JSON bodies: anything else is a 415.
  app.removeContentTypeParser('text/plain');

  let key: Promise<SigningKey> | null = null;
  const notices = options.notices ?? openNoticeBus(options.db, (error) => app.log.warn({ err: error }, 'live notices: PostgreSQL LISTEN connection broke; reconnecting'));
  if (!options.notices) app.addHook('onClose', () => notices.close());
  const context: ServerContext = {
    db: options.db,
    now: options.now ?? Date.now,
    tokenKey: () => {
      key ??= loadTokenKey(options.db, options.tokenPrivateKey).catch((error: unknown) => {
        key = null;
        throw error;
      });
      return key;
    },
    tokenLifetimeMs: options.tokenLifetimeMs ?? DEFAULT_TOKEN_LIFETIME_MS,
    metrics: options.metrics ?? new ServerMetrics(options.now ? { now: options.now } : {}),
    notices,
  };
  app.addHook('onReady', async () => {
    await context.tokenKey();
  });

  logRequests(app);
  countRequests(app, context.metrics);
  drainOnClose(app);
  app.setErrorHandler((error, request, reply) => {
    const answer = errorReplyOf(error);
    request.errorCode = answer.code;
    if (answer.status >= 500) request.log.error({ err: error }, 'request failed');
    return reply.status(answer.status).send({ error: { code: answer.code, message: answer.message } });
  });
  app.setNotFoundHandler((request, reply) => {
    request.errorCode = 'notFound';
    return reply.status(404).send({ error: { code: 'notFound', message: `no route ${request.method} ${request.url.split('?')[0]}` } });
  });

  healthRoute(app, context);
  metricsRoute(app, context.metrics, options.metricsToken);
  authRoutes(app, context);
  keyRoute(app, context);
  syncRoutes(app, context);
  noticeRoutes(app, context, notices);
  evidenceRoutes(app, context);
  return app;
}
