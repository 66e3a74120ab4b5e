import { z } from 'zod';
import { evidenceMaxBytes } from '../domain/evidenceFiles';
import { entityId } from '../schemas/case';
import type { EvidenceFile, EvidenceItem } from '../schemas/evidence';
import type { evidenceChannels } from './channels/evidence';
import type { SliceContract } from './slice';

/**
 * A file's bytes cross the contract as base64 (IPC and the test bridge carry it alike). The
 * schema lets a little more than 10 MB through so the action can say "too large" in words; the
 * type is checked from the bytes, not from the name.
 */
const fileBase64 = z
  .string()
  .min(1, 'required')
  .max(Math.ceil((evidenceMaxBytes * 1.2) / 3) * 4, 'evidenceTooLarge')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'invalid');

/** The evidence slice: complaint evidence attached to a case, listed, opened and taken off it. */
export const evidenceContract = {
  listEvidence: { request: z.strictObject({ caseId: entityId }), reply: [] as EvidenceItem[] },
  /** Attaches one file; replies with the case's files. */
  attachEvidence: {
    request: z.strictObject({ caseId: entityId, fileName: z.string().max(1000, 'tooLong'), dataBase64: fileBase64 }),
    reply: [] as EvidenceItem[],
  },
  /** The file's bytes (fetched from the server first when this desktop does not hold them). */
  openEvidence: { request: z.strictObject({ evidenceId: entityId }), reply: {} as EvidenceFile },
  /** Marks a file removed (kept, listed as removed); replies with the case's files. */
  removeEvidence: { request: z.strictObject({ evidenceId: entityId }), reply: [] as EvidenceItem[] },
} satisfies SliceContract<typeof evidenceChannels>;
