import { createHash } from 'node:crypto';
import type { AuthedAgent } from '../auth/authedAgent';
import { HttpError } from '../http/httpError';
import { readRecord } from '../storage/records';
import type { ServerDb, Tx } from '../storage/serverDb';
import { mayWrite } from '../sync/applyMutation';
import { evidenceChunkBytes, evidenceChunks, evidenceMaxBytes } from '../../shared/domain/evidenceFiles';
import type { EvidenceChunk, EvidenceStatus } from '../../shared/sync/evidenceProtocol';

/**
 * Evidence files on the server (schema 5): `evidence_chunks` holds each chunk a desktop sent,
 * `evidence_files` marks a file complete once all its chunks are there and their bytes hash to
 * the row's sha256. A file belongs to its `case_evidence` record: only agents who may see that
 * record's branch may send or fetch it, and its size is the record's (10 MB at most).
 * Chunks are stored base64 (TEXT), the same SQL on SQLite and PostgreSQL. Nothing is logged.
 */
interface Evidence {
  sha256: string;
  sizeBytes: number;
  chunks: [number, number][];
}

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function evidenceOf(tx: Tx, agent: AuthedAgent, id: string): Promise<Evidence> {
  const record = await readRecord(tx, 'case_evidence', id);
  // Unknown until its row has been pushed: the desktop sends the bytes after the row.
  if (!record) throw new HttpError(404, 'evidenceUnknown', 'no evidence row with this id (push it first)');
  if (!mayWrite(agent, record.branchId)) throw new HttpError(403, 'forbiddenBranch', 'this evidence belongs to another branch');
  const sizeBytes = Number(record.data['size_bytes']);
  if (!Number.isInteger(sizeBytes) || sizeBytes < 1 || sizeBytes > evidenceMaxBytes) throw new HttpError(413, 'evidenceTooLarge', 'evidence files are at most 10 MB');
  return { sha256: String(record.data['sha256']), sizeBytes, chunks: evidenceChunks(sizeBytes) };
}

async function statusOf(tx: Tx, id: string, evidence: Evidence): Promise<EvidenceStatus> {
  const have = await tx.all<{ idx: number }>('SELECT idx FROM evidence_chunks WHERE evidence_id = $1 ORDER BY idx', [id]);
  const done = await tx.all('SELECT 1 AS one FROM evidence_files WHERE evidence_id = $1', [id]);
  return { sizeBytes: evidence.sizeBytes, chunkBytes: evidenceChunkBytes, chunks: evidence.chunks.length, have: have.map((h) => Number(h.idx)), complete: done.length > 0 };
}

export function evidenceStatus(db: ServerDb, agent: AuthedAgent, id: string): Promise<EvidenceStatus> {
  return db.read(async (tx) => statusOf(tx, id, await evidenceOf(tx, agent, id)));
}

/**
 * Stores one chunk. It must have the length its place in the file gives and hash to the sha256
 * it came with (else 422, nothing stored). When it was the last one missing, the whole file is
 * checked: bytes that do not hash to the row's sha256 are all dropped (422) and sent again.
 */
export async function putEvidenceChunk(db: ServerDb, agent: AuthedAgent, id: string, index: number, chunk: EvidenceChunk, now: number): Promise<EvidenceStatus> {
  const bytes = Buffer.from(chunk.data, 'base64');
  if (sha256Of(bytes) !== chunk.sha256) throw new HttpError(422, 'evidenceChunkCorrupt', 'the chunk does not match its sha256: send it again');
  return db.write(async (tx) => {
    const evidence = await evidenceOf(tx, agent, id);
    const range = evidence.chunks[index];
    if (!range) throw new HttpError(400, 'evidenceChunkIndex', `this file has ${evidence.chunks.length} chunks`);
    if (bytes.length !== range[1] - range[0]) throw new HttpError(400, 'evidenceChunkSize', `chunk ${index} must be ${range[1] - range[0]} bytes`);
    const before = await statusOf(tx, id, evidence);
    if (before.complete) return before;
    await tx.run('INSERT INTO evidence_chunks (evidence_id, idx, data) VALUES ($1, $2, $3) ON CONFLICT (evidence_id, idx) DO NOTHING', [id, index, chunk.data]);
    const after = await statusOf(tx, id, evidence);
    if (after.have.length < after.chunks) return after;
    const parts = await tx.all<{ data: string }>('SELECT data FROM evidence_chunks WHERE evidence_id = $1 ORDER BY idx', [id]);
    const whole = Buffer.concat(parts.map((p) => Buffer.from(p.data, 'base64')));
    if (whole.length !== evidence.sizeBytes || sha256Of(whole) !== evidence.sha256) {
      await tx.run('DELETE FROM evidence_chunks WHERE evidence_id = $1', [id]);
      return { ...after, have: [], complete: false, corrupt: true } as EvidenceStatus & { corrupt: true };
    }
    await tx.run('INSERT INTO evidence_files (evidence_id, sha256, size_bytes, completed_at) VALUES ($1, $2, $3, $4) ON CONFLICT (evidence_id) DO NOTHING', [id, evidence.sha256, evidence.sizeBytes, now]);
    return { ...after, complete: true };
  }).then((status) => {
    // The transaction committed the drop, so the answer can refuse the file.
    if ('corrupt' in status) throw new HttpError(422, 'evidenceCorrupt', 'the file does not match its sha256: send every chunk again');
    return status;
  });
}

/** One chunk of a complete file (404 while the file is incomplete). */
export function evidenceChunk(db: ServerDb, agent: AuthedAgent, id: string, index: number): Promise<EvidenceChunk> {
  return db.read(async (tx) => {
    const evidence = await evidenceOf(tx, agent, id);
    const status = await statusOf(tx, id, evidence);
    if (!status.complete) throw new HttpError(404, 'evidenceIncomplete', 'the server does not hold this file whole yet');
    const [row] = await tx.all<{ data: string }>('SELECT data FROM evidence_chunks WHERE evidence_id = $1 AND idx = $2', [id, index]);
    if (!row) throw new HttpError(400, 'evidenceChunkIndex', `this file has ${evidence.chunks.length} chunks`);
    return { data: row.data, sha256: sha256Of(Buffer.from(row.data, 'base64')) };
  });
}
