import { v7 as uuidv7 } from 'uuid';
import { AppError } from '../../shared/result';
import type { SentReply } from '../../shared/schemas/callDraft';
import type { Channel } from '../../shared/schemas/case';
import type { RecordReplyInput } from '../../shared/schemas/caseReplies';
import type { WriteContext } from '../store/actor';
import { caseChannelOf } from '../store/cases/caseReads';
import { markFirstResponse } from '../store/cases/caseUpdates';
import { insertReply } from '../store/cases/caseReplies';
import { addEvent } from '../store/cases/timeline';
import type { WritableDB } from '../store/db';
import { appendMutation } from '../store/sync/outbox';

/**
 * Writes chat or email replies recorded as sent onto a case: one `case_replies` row and one
 * `replySent` timeline event each, the sender being the signed-in agent. A reply dated in the
 * future is refused (the clock would be met before the reply existed). Call inside the use
 * case's transaction; the caller appends the outbox mutation. Returns the reply ids written.
 */
export function recordReplies(db: WritableDB, caseId: string, channel: Channel, replies: readonly Pick<SentReply, 'id' | 'text' | 'sentAt' | 'templateId'>[], ctx: WriteContext): string[] {
  if (replies.length === 0) return [];
  if (channel !== 'chat' && channel !== 'email') throw new AppError('validation', `replies are recorded on chat and email cases, not ${channel}`, [{ path: 'channel', key: 'invalidChoice' }]);
  const written: string[] = [];
  for (const reply of replies) {
    if (reply.sentAt > ctx.now) throw new AppError('validation', 'a reply cannot be sent in the future', [{ path: 'sentAt', key: 'invalid' }]);
    const text = reply.text.trim();
    if (!text) throw new AppError('validation', 'an empty reply cannot be recorded', [{ path: 'text', key: 'required' }]);
    const id = reply.id || uuidv7();
    if (!insertReply(db, { id, caseId, channel, body: text, sentAt: reply.sentAt, agentId: ctx.actor.agentId, templateId: reply.templateId ?? null, now: ctx.now })) continue;
    addEvent(db, { caseId, kind: 'replySent', at: reply.sentAt, actorId: ctx.actor.agentId, data: { replyId: id, channel, text } });
    written.push(id);
  }
  return written;
}

/**
 * A reply sent on a saved chat or email case (the conversation goes on after its first contact):
 * the reply, its timeline event and, if the case had no first response yet, that response — with
 * its outbox mutation, in one transaction.
 */
export function recordCaseReply(db: WritableDB, input: RecordReplyInput, ctx: WriteContext): string {
  return db.transaction(() => {
    const channel = caseChannelOf(db, input.caseId);
    if (!channel) throw new AppError('not_found', `no case with id ${input.caseId}`);
    const sentAt = input.sentAt ?? ctx.now;
    const [replyId] = recordReplies(db, input.caseId, channel, [{ id: '', text: input.text, sentAt, templateId: null }], ctx);
    markFirstResponse(db, input.caseId, sentAt, ctx.now);
    appendMutation(db, 'case.replies', { caseId: input.caseId, replyIds: [replyId] }, ctx.now);
    return replyId!;
  })();
}
