import type { FastifyInstance } from 'fastify';
import { readSchemaVersion } from '../storage/openServerDb';
import type { ServerContext } from './serverContext';

/** `GET /health`: answers only when the database answers (a load balancer's check). */
export function healthRoute(app: FastifyInstance, context: ServerContext): void {
  app.get('/health', async () => ({ ok: true, db: context.db.kind, schema: await context.db.read(readSchemaVersion) }));
}
