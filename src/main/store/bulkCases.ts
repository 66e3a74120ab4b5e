import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/result';
import type { BulkCaseAction, BulkCaseResult } from '../../shared/schemas/bulkCases';
import type { CaseStatus } from '../../shared/schemas/case';
import type { WriteContext } from './actor';
import { changeCaseStatus, updateCase } from './caseWrites';
import { appendMutation } from './sync/outbox';
import { statement } from './statements';
import { addEvent } from './timeline';

/**
 * One action on many selected cases. Each case is its own transaction (with its events and
 * outbox mutation, like a single edit), so a case the action does not fit is reported and left
 * unchanged while the others go through.
 */
export function bulkUpdateCases(db: Database, caseIds: readonly string[], action: BulkCaseAction, ctx: WriteContext): BulkCaseResult[] {
  return caseIds.map((caseId) => {
    try {
      if (action.kind === 'assign') updateCase(db, caseId, { assigneeId: action.assigneeId }, ctx);
      else if (action.kind === 'status') {
        const row = statement(db, 'SELECT status FROM cases WHERE id = ?').get(caseId) as { status: CaseStatus } | undefined;
        if (!row) throw new AppError('not_found', `no case with id ${caseId}`);
        if (row.status !== action.to) changeCaseStatus(db, { caseId, from: row.status, to: action.to }, ctx);
      } else addCaseTag(db, caseId, action.tag, ctx);
      return { caseId, ok: true };
    } catch (error) {
      if (error instanceof AppError) return { caseId, ok: false, code: error.code };
      throw error;
    }
  });
}

/** Adds a tag to a case (once), with a fieldChanged event and an outbox mutation. */
export function addCaseTag(db: Database, caseId: string, tag: string, ctx: WriteContext): void {
  db.transaction(() => {
    const row = statement(db, 'SELECT tags FROM cases WHERE id = ?').get(caseId) as { tags: string } | undefined;
    if (!row) throw new AppError('not_found', `no case with id ${caseId}`);
    const tags = JSON.parse(row.tags) as string[];
    if (tags.includes(tag)) return;
    const next = [...tags, tag];
    statement(db, 'UPDATE cases SET tags = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(next), ctx.now, caseId);
    addEvent(db, { caseId, kind: 'fieldChanged', at: ctx.now, actorId: ctx.actor.agentId, data: { field: 'tags', from: tags, to: next } });
    appendMutation(db, 'case.addTag', { caseId, tag }, ctx.now);
  })();
}
