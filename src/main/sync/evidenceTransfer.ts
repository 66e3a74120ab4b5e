import { createHash } from 'node:crypto';
import { evidenceChunks } from '../../shared/domain/evidenceFiles';
import type { EvidenceFileStore } from '../evidence/evidenceFileStore';
import type { WritableDB } from '../store/db';
import { evidenceOnCases, evidenceToUpload, markEvidenceUploaded, type EvidenceRow } from '../store/evidence/caseEvidence';
import { SyncHttpError, type EvidenceTransport } from './syncTransport';

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A refusal that concerns one file only (not pushed yet, damaged, another branch's): the others go on. */
const oneFileOnly = (error: unknown) => error instanceof SyncHttpError && error.status >= 400 && error.status < 500 && error.status !== 401;

/**
 * Sends the files the server does not hold whole yet, chunk by chunk: the server says which chunks
 * it has, so a transfer cut off half way resumes where it stopped. A file whose row has not been
 * pushed yet, or whose bytes this desktop does not hold, waits for a later round. Returns how many
 * files the server now holds whole. A network failure stops the round (the caller retries later).
 */
export async function uploadEvidence(db: WritableDB, files: EvidenceFileStore, transport: EvidenceTransport, now: () => number): Promise<number> {
  let done = 0;
  for (const row of evidenceToUpload(db)) {
    try {
      let status = await transport.status(row.id);
      if (!status.complete) {
        const bytes = files.read(row.sha256);
        if (!bytes) continue; // another desktop's file: it sends it
        const have = new Set(status.have);
        for (const [index, [start, end]] of evidenceChunks(bytes.length).entries()) {
          if (have.has(index)) continue;
          const piece = bytes.subarray(start, end);
          status = await transport.putChunk(row.id, index, { data: piece.toString('base64'), sha256: sha256Of(piece) });
        }
      }
      if (status.complete) {
        markEvidenceUploaded(db, row.id, now());
        done++;
      }
    } catch (error) {
      if (!oneFileOnly(error)) throw error;
    }
  }
  return done;
}

/** Fetches one file from the server, checks it against its row's sha256 and stores it; false when the server does not hold it whole. */
export async function downloadEvidence(db: WritableDB, files: EvidenceFileStore, transport: EvidenceTransport, row: EvidenceRow, now: () => number): Promise<boolean> {
  try {
    const pieces: Buffer[] = [];
    for (const [index] of evidenceChunks(row.sizeBytes).entries()) {
      const chunk = await transport.getChunk(row.id, index);
      const piece = Buffer.from(chunk.data, 'base64');
      if (sha256Of(piece) !== chunk.sha256) return false;
      pieces.push(piece);
    }
    const whole = Buffer.concat(pieces);
    if (whole.length !== row.sizeBytes || sha256Of(whole) !== row.sha256) return false;
    files.write(whole);
    markEvidenceUploaded(db, row.id, now());
    return true;
  } catch (error) {
    if (oneFileOnly(error)) return false;
    throw error;
  }
}

/** In the background after a sync: fetches the files on cases this desktop names but does not hold. */
export async function fetchMissingEvidence(db: WritableDB, files: EvidenceFileStore, transport: EvidenceTransport, now: () => number): Promise<number> {
  let fetched = 0;
  for (const row of evidenceOnCases(db)) {
    if (files.has(row.sha256)) continue;
    if (await downloadEvidence(db, files, transport, row, now)) fetched++;
  }
  return fetched;
}
