import type { FastifyInstance } from 'fastify';
import { evidenceChunk, evidenceStatus, putEvidenceChunk } from '../evidence/evidenceFiles';
import { evidenceChunkParamsSchema, evidenceChunkSchema, evidenceParamsSchema, type EvidenceChunk, type EvidenceStatus } from '../../shared/sync/evidenceProtocol';
import { bearerAgent } from './bearerAuth';
import { parseBody } from './parseBody';
import type { ServerContext } from './serverContext';

/** Evidence files in chunks (shared/sync/evidenceProtocol.ts); same sign-in and branch scoping as push and pull. */
export function evidenceRoutes(app: FastifyInstance, context: ServerContext): void {
  const { db } = context;

  app.get('/sync/evidence/:id', async (request): Promise<EvidenceStatus> => {
    const agent = await bearerAgent(request, db, await context.tokenKey(), context.now());
    const { id } = parseBody(evidenceParamsSchema, request.params);
    return evidenceStatus(db, agent, id);
  });

  app.post('/sync/evidence/:id/chunks/:index', async (request): Promise<EvidenceStatus> => {
    const agent = await bearerAgent(request, db, await context.tokenKey(), context.now());
    const { id, index } = parseBody(evidenceChunkParamsSchema, request.params);
    return putEvidenceChunk(db, agent, id, index, parseBody(evidenceChunkSchema, request.body), context.now());
  });

  app.get('/sync/evidence/:id/chunks/:index', async (request): Promise<EvidenceChunk> => {
    const agent = await bearerAgent(request, db, await context.tokenKey(), context.now());
    const { id, index } = parseBody(evidenceChunkParamsSchema, request.params);
    return evidenceChunk(db, agent, id, index);
  });
}
