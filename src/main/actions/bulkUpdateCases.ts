import { AppError } from '../../shared/result';
import type { BulkCaseAction, BulkCaseResult } from '../../shared/schemas/bulkCases';
import type { WriteContext } from '../store/actor';
import { caseStatusOf, caseTagsOf } from '../store/cases/caseReads';
import { setCaseTags } from '../store/cases/caseUpdates';
import { addEvent } from '../store/cases/timeline';
import type { WritableDB } from '../store/db';
import { appendMutation } from '../store/sync/outbox';
import { changeCaseStatus, updateCase } from './caseActions';

/**
 * One action on many selected cases. Each case is its own transaction (with its events and
 * outbox mutation, like a single edit), so a case the action does not fit is reported and left
 * unchanged while the others go through.
 */
export function bulkUpdateCases(db: WritableDB, caseIds: readonly string[], action: BulkCaseAction, ctx: WriteContext): BulkCaseResult[] {
  return caseIds.map((caseId) => {
    try {
      if (action.kind === 'assign') updateCase(db, caseId, { assigneeId: action.assigneeId }, ctx);
      else if (action.kind === 'status') {
        const status = caseStatusOf(db, caseId);
        if (!status) throw new AppError('not_found', `no case with id ${caseId}`);
        if (status !== action.to) changeCaseStatus(db, { caseId, from: status, to: action.to }, ctx);
      } else addCaseTag(db, caseId, action.tag, ctx);
      return { caseId, ok: true };
    } catch (error) {
      if (error instanceof AppError) return { caseId, ok: false, code: error.code };
      throw error;
    }
  });
}

/** Adds a tag to a case (once), with a fieldChanged event and an outbox mutation. */
export function addCaseTag(db: WritableDB, caseId: string, tag: string, ctx: WriteContext): void {
  db.transaction(() => {
    const tags = caseTagsOf(db, caseId);
    if (!tags) throw new AppError('not_found', `no case with id ${caseId}`);
    if (tags.includes(tag)) return;
    const next = [...tags, tag];
    setCaseTags(db, caseId, next, ctx.now);
    addEvent(db, { caseId, kind: 'fieldChanged', at: ctx.now, actorId: ctx.actor.agentId, data: { field: 'tags', from: tags, to: next } });
    appendMutation(db, 'case.addTag', { caseId, tag }, ctx.now);
  })();
}
