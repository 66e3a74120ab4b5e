import { z } from 'zod';
import { entityId } from './case';
import { REPLY_MAX } from './callDraft';

/** A reply recorded on a chat or email case, as the case detail shows it. */
export interface CaseReply {
  id: string;
  channel: 'chat' | 'email';
  body: string;
  sentAt: number;
  agentId: string | null;
  agentName: string | null;
  templateId: string | null;
}

/** Records a reply sent on an existing chat or email case (after the interaction was saved). */
export const recordReplyInput = z.strictObject({
  caseId: entityId,
  text: z
    .string({ error: (issue) => (issue.input === undefined ? 'required' : 'invalidType') })
    .trim()
    .min(1, 'required')
    .max(REPLY_MAX, 'tooLong'),
  /** When it was sent; absent: now. Never in the future. */
  sentAt: z.number().int().min(0).max(8_640_000_000_000).optional(),
});
export type RecordReplyInput = z.input<typeof recordReplyInput>;
