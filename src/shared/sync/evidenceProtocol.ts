import { z } from 'zod';
import { evidenceChunkBytes } from '../domain/evidenceFiles';

/**
 * Evidence files between desktops and the sync server (issue 17). The row naming a file syncs
 * like any other; its bytes travel apart, in chunks of `evidenceChunkBytes`, by the row's id:
 *
 * - `GET  /sync/evidence/:id`                 → EvidenceStatus (which chunks the server holds)
 * - `POST /sync/evidence/:id/chunks/:index`   ← EvidenceChunk → EvidenceStatus
 * - `GET  /sync/evidence/:id/chunks/:index`   → EvidenceChunk (once the file is complete)
 *
 * Each chunk carries its own sha256 (a chunk damaged on the way is refused); the whole file is
 * checked against the row's sha256 once every chunk is there.
 */
export const evidenceStatusSchema = z.object({
  sizeBytes: z.number().int().min(1),
  chunkBytes: z.number().int().min(1),
  chunks: z.number().int().min(1),
  /** Chunk numbers the server holds, ascending. */
  have: z.array(z.number().int().min(0)),
  complete: z.boolean(),
});
export type EvidenceStatus = z.infer<typeof evidenceStatusSchema>;

/** Base64 of at most one chunk. */
const chunkBase64 = z
  .string()
  .max(Math.ceil(evidenceChunkBytes / 3) * 4)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64');

export const evidenceChunkSchema = z.strictObject({
  data: chunkBase64,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type EvidenceChunk = z.infer<typeof evidenceChunkSchema>;

export const evidenceParamsSchema = z.strictObject({ id: z.string().min(1).max(64) });
export const evidenceChunkParamsSchema = z.strictObject({ id: z.string().min(1).max(64), index: z.coerce.number().int().min(0).max(1000) });
