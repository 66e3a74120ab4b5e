import type { EvidenceMediaType } from '../../../shared/domain/evidenceFiles';
import { statement, type ReadableDB, type WritableDB } from '../db';

/**
 * The owner of `case_evidence` (migrations 024, 035) and `evidence_uploads` (035): which files
 * are attached to a case, who took one off it, and which files the server already holds.
 */
export interface EvidenceRow {
  id: string;
  caseId: string;
  fileName: string;
  mediaType: EvidenceMediaType;
  sizeBytes: number;
  sha256: string;
  addedBy: string | null;
  addedByName: string | null;
  addedAt: number;
  removedAt: number | null;
  removedBy: string | null;
}

const SELECT = `SELECT e.id, e.case_id AS caseId, e.file_name AS fileName, e.media_type AS mediaType, e.size_bytes AS sizeBytes, e.sha256,
  e.added_by AS addedBy, a.name AS addedByName, e.added_at AS addedAt, e.removed_at AS removedAt, e.removed_by AS removedBy
  FROM case_evidence e LEFT JOIN agents a ON a.id = e.added_by`;

export interface NewEvidence {
  id: string;
  caseId: string;
  fileName: string;
  mediaType: EvidenceMediaType;
  sizeBytes: number;
  sha256: string;
  addedBy: string | null;
  addedAt: number;
}

export function insertEvidence(db: WritableDB, row: NewEvidence): void {
  statement(db, 'INSERT INTO case_evidence (id, case_id, file_name, media_type, size_bytes, sha256, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    row.id,
    row.caseId,
    row.fileName,
    row.mediaType,
    row.sizeBytes,
    row.sha256,
    row.addedBy,
    row.addedAt,
  );
}

/** A case's files, oldest first, removed ones included (the caller shows them as removed). */
export function evidenceOfCase(db: ReadableDB, caseId: string): EvidenceRow[] {
  return statement(db, `${SELECT} WHERE e.case_id = ? ORDER BY e.added_at, e.id`).all(caseId) as EvidenceRow[];
}

export function evidenceById(db: ReadableDB, id: string): EvidenceRow | undefined {
  return statement(db, `${SELECT} WHERE e.id = ?`).get(id) as EvidenceRow | undefined;
}

/** Marks a file taken off its case; false when it already was. */
export function markEvidenceRemoved(db: WritableDB, id: string, by: string | null, at: number): boolean {
  return statement(db, 'UPDATE case_evidence SET removed_at = ?, removed_by = ? WHERE id = ? AND removed_at IS NULL').run(at, by, id).changes === 1;
}

/** Files the server does not hold yet, oldest first (removed ones too: nothing recorded is lost). */
export function evidenceToUpload(db: ReadableDB, limit = 100): EvidenceRow[] {
  return statement(db, `${SELECT} WHERE NOT EXISTS (SELECT 1 FROM evidence_uploads u WHERE u.evidence_id = e.id) ORDER BY e.added_at, e.id LIMIT ?`).all(limit) as EvidenceRow[];
}

/** The server holds this file whole (it told us, or the file came from it). */
export function markEvidenceUploaded(db: WritableDB, id: string, at: number): void {
  statement(db, 'INSERT INTO evidence_uploads (evidence_id, uploaded_at) VALUES (?, ?) ON CONFLICT (evidence_id) DO NOTHING').run(id, at);
}

/** Every file this store names, for fetching the missing ones in the background. */
export function evidenceOnCases(db: ReadableDB, limit = 500): EvidenceRow[] {
  return statement(db, `${SELECT} WHERE e.removed_at IS NULL ORDER BY e.added_at DESC, e.id LIMIT ?`).all(limit) as EvidenceRow[];
}
