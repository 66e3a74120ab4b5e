/**
 * Complaint evidence (photos, receipts) attached to a case: which files are accepted. The type is
 * decided from the file's first bytes, never from its name, so a renamed executable is refused.
 */

export const evidenceMediaTypes = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type EvidenceMediaType = (typeof evidenceMediaTypes)[number];

/** 10 MB per file. */
export const evidenceMaxBytes = 10 * 1024 * 1024;

/** Files travel to the server in pieces of at most this size. */
export const evidenceChunkBytes = 256 * 1024;

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) => signature.every((b, i) => bytes[offset + i] === b);

/** The media type the file's first bytes show, or null when it is none of the accepted ones. */
export function sniffEvidenceType(bytes: Uint8Array): EvidenceMediaType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  return null;
}

export type EvidenceCheck = { ok: true; mediaType: EvidenceMediaType } | { ok: false; code: 'evidenceEmpty' | 'evidenceTooLarge' | 'evidenceType' };

/** Whether a file may be attached: not empty, at most 10 MB, and really a photo or a PDF. */
export function checkEvidence(bytes: Uint8Array): EvidenceCheck {
  if (bytes.length === 0) return { ok: false, code: 'evidenceEmpty' };
  if (bytes.length > evidenceMaxBytes) return { ok: false, code: 'evidenceTooLarge' };
  const mediaType = sniffEvidenceType(bytes);
  return mediaType ? { ok: true, mediaType } : { ok: false, code: 'evidenceType' };
}

/** The pieces a file is sent in: [start, end) byte ranges of at most `evidenceChunkBytes`. */
export function evidenceChunks(size: number, chunk = evidenceChunkBytes): [number, number][] {
  const ranges: [number, number][] = [];
  for (let start = 0; start < size; start += chunk) ranges.push([start, Math.min(size, start + chunk)]);
  return ranges;
}
