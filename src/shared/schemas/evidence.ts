import type { EvidenceMediaType } from '../domain/evidenceFiles';

/** One file attached to a case, as the case detail lists it. */
export interface EvidenceItem {
  id: string;
  caseId: string;
  fileName: string;
  mediaType: EvidenceMediaType;
  sizeBytes: number;
  sha256: string;
  addedBy: string | null;
  /** The agent's name when this desktop knows them. */
  addedByName: string | null;
  addedAt: number;
  /** When it was taken off the case (kept, listed as removed); null: on the case. */
  removedAt: number | null;
  removedBy: string | null;
  /** Whether this desktop holds the file's bytes (else they come from the server when opened). */
  stored: boolean;
}

/** A file's bytes, base64, with what it is. */
export interface EvidenceFile {
  id: string;
  fileName: string;
  mediaType: EvidenceMediaType;
  dataBase64: string;
}
