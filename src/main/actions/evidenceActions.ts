import { v7 as uuidv7 } from 'uuid';
import { checkEvidence } from '../../shared/domain/evidenceFiles';
import { AppError } from '../../shared/result';
import type { EvidenceFile, EvidenceItem } from '../../shared/schemas/evidence';
import type { WriteContext } from '../store/actor';
import { caseExists } from '../store/cases/caseReads';
import { addEvent } from '../store/cases/timeline';
import type { ReadableDB, WritableDB } from '../store/db';
import { evidenceById, evidenceOfCase, insertEvidence, markEvidenceRemoved, type EvidenceRow } from '../store/evidence/caseEvidence';
import { appendMutation } from '../store/sync/outbox';
import type { EvidenceFileStore } from '../evidence/evidenceFileStore';

/** The longest file name kept (the sync schema's limit). */
const MAX_NAME = 200;

/** A file name as shown on the case: no folders, no control characters, at most 200 characters. */
export function cleanFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const base = (name.split(/[\\/]/).at(-1) ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return [...base].slice(0, MAX_NAME).join('') || 'file';
}

function itemOf(row: EvidenceRow, files: EvidenceFileStore): EvidenceItem {
  return { ...row, stored: files.has(row.sha256) };
}

export function listEvidence(db: ReadableDB, files: EvidenceFileStore, caseId: string): EvidenceItem[] {
  return evidenceOfCase(db, caseId).map((row) => itemOf(row, files));
}

/**
 * Attaches a photo or receipt to a case: the type is read from the file's first bytes (a renamed
 * file is refused), 10 MB at most, stored under its sha256 in the data directory, then the row,
 * an `evidenceAdded` timeline event and the outbox row in one transaction. A refused file changes
 * nothing. Errors name the reason, never the file.
 */
export function attachEvidence(db: WritableDB, files: EvidenceFileStore, request: { caseId: string; fileName: string; bytes: Uint8Array }, ctx: WriteContext): EvidenceItem[] {
  const check = checkEvidence(request.bytes);
  if (!check.ok) throw new AppError('validation', `evidence refused (${check.code})`, [{ path: 'file', key: check.code }]);
  if (!caseExists(db, request.caseId)) throw new AppError('not_found', 'no such case');
  const sha256 = files.write(request.bytes); // content-addressed: a file left by a failed transaction is harmless
  const fileName = cleanFileName(request.fileName);
  const id = uuidv7();
  db.transaction(() => {
    insertEvidence(db, { id, caseId: request.caseId, fileName, mediaType: check.mediaType, sizeBytes: request.bytes.length, sha256, addedBy: ctx.actor.agentId, addedAt: ctx.now });
    addEvent(db, { caseId: request.caseId, kind: 'evidenceAdded', at: ctx.now, actorId: ctx.actor.agentId, data: { evidenceId: id, fileName, mediaType: check.mediaType, sizeBytes: request.bytes.length } });
    appendMutation(db, 'evidence.attach', { evidenceId: id }, ctx.now);
  })();
  return listEvidence(db, files, request.caseId);
}

/** Takes a file off its case: the row is marked removed (kept, with who and when) and the timeline says so. */
export function removeEvidence(db: WritableDB, files: EvidenceFileStore, evidenceId: string, ctx: WriteContext): EvidenceItem[] {
  const row = evidenceById(db, evidenceId);
  if (!row) throw new AppError('not_found', 'no such evidence');
  db.transaction(() => {
    if (!markEvidenceRemoved(db, evidenceId, ctx.actor.agentId, ctx.now)) return; // already removed: nothing to record
    addEvent(db, { caseId: row.caseId, kind: 'evidenceRemoved', at: ctx.now, actorId: ctx.actor.agentId, data: { evidenceId, fileName: row.fileName } });
    appendMutation(db, 'evidence.remove', { evidenceId }, ctx.now);
  })();
  return listEvidence(db, files, row.caseId);
}

/**
 * A file's bytes: from the data directory, or, when this desktop does not hold them yet, from the
 * server (`fetchMissing`, which stores them); `not_found` when neither has them.
 */
export async function openEvidence(db: ReadableDB, files: EvidenceFileStore, evidenceId: string, fetchMissing?: (row: EvidenceRow) => Promise<boolean>): Promise<EvidenceFile> {
  const row = evidenceById(db, evidenceId);
  if (!row) throw new AppError('not_found', 'no such evidence');
  let bytes = files.read(row.sha256);
  if (!bytes && fetchMissing && (await fetchMissing(row))) bytes = files.read(row.sha256);
  if (!bytes) throw new AppError('not_found', 'the file is not on this desktop yet, and the server could not send it', [{ path: 'file', key: 'evidenceNotHere' }]);
  return { id: row.id, fileName: row.fileName, mediaType: row.mediaType, dataBase64: bytes.toString('base64') };
}
