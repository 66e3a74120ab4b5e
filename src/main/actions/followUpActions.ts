import type { WriteContext } from '../store/actor';
import { addEvent } from '../store/cases/timeline';
import type { WritableDB } from '../store/db';
import { followUpStateOrThrow } from '../store/followUps/followUpReads';
import { markFollowUpDone, setFollowUpDue } from '../store/followUps/followUpWrites';
import { appendMutation } from '../store/sync/outbox';

/** Marks a follow-up done, with a `followUpDone` event on its case. Done twice is done once; a missed one done late becomes done (reports still count it missed: done after its time). */
export function completeFollowUp(db: WritableDB, id: string, note: string, ctx: WriteContext): void {
  db.transaction(() => {
    const followUp = followUpStateOrThrow(db, id);
    if (followUp.state === 'done') return;
    markFollowUpDone(db, id, note, ctx.now);
    addEvent(db, { caseId: followUp.caseId, kind: 'followUpDone', at: ctx.now, actorId: ctx.actor.agentId, data: { followUpId: id } });
    appendMutation(db, 'followUp.complete', { id, note }, ctx.now);
  })();
}

/** Moves a follow-up's due time; a done one keeps its state. */
export function rescheduleFollowUp(db: WritableDB, id: string, dueAt: number, ctx: WriteContext): void {
  db.transaction(() => {
    const followUp = followUpStateOrThrow(db, id);
    if (followUp.dueAt === dueAt) return;
    setFollowUpDue(db, id, dueAt);
    addEvent(db, { caseId: followUp.caseId, kind: 'followUpScheduled', at: ctx.now, actorId: ctx.actor.agentId, data: { followUpId: id, dueAt, rescheduled: true } });
    appendMutation(db, 'followUp.reschedule', { id, dueAt }, ctx.now);
  })();
}
