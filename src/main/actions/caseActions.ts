import { canMoveCase } from '../../shared/domain/caseStatus';
import { AppError } from '../../shared/result';
import type { CaseStatus, ParsedNewCase } from '../../shared/schemas/case';
import type { ChangeStatusInput } from '../../shared/schemas/caseActions';
import type { WriteContext } from '../store/actor';
import { caseEditStateOrThrow } from '../store/cases/caseReads';
import { setCaseFields, setCaseStatus, touchCase, type CaseFieldChanges } from '../store/cases/caseUpdates';
import { addEvent } from '../store/cases/timeline';
import type { WritableDB } from '../store/db';
import { stampFields } from '../store/sync/fieldClocks';
import { agentPlacementOrThrow } from '../store/organisation/agentPlacement';
import { appendMutation } from '../store/sync/outbox';
import { indexCase } from '../store/search/searchIndex';
import { findOrCreateCustomer } from './findOrCreateCustomer';
import { assertGuardResolved, recordKeptPhrases } from './guardDecisions';
import { guardRulesInForceAt } from './rulesInForce';
import { NOTE_FIELD } from '../../shared/domain/guardedFields';
import type { GuardKept } from '../../shared/domain/phraseGuard';
import { insertCase, type CreateContext } from './insertCase';

/** Creates a case (and its customer if new) with its `created` event and outbox mutation, in one transaction. */
export function createCase(db: WritableDB, input: ParsedNewCase, ctx: CreateContext): string {
  return db.transaction(() => {
    // A customer may have no phone: an email address is enough (newCaseInput refuses neither).
    const customerId = findOrCreateCustomer(db, { name: input.customerName, phone: input.customerPhone ?? '', email: input.customerEmail || null }, ctx.now);
    return insertCase(db, customerId, input, ctx);
  })();
}

/** Changes some fields of a case: one `fieldChanged` event per field that really changed, one outbox mutation. */
export function updateCase(db: WritableDB, caseId: string, changes: CaseFieldChanges, ctx: WriteContext): void {
  db.transaction(() => {
    const current = caseEditStateOrThrow(db, caseId).fields;
    const changed = (Object.keys(changes) as (keyof CaseFieldChanges)[]).filter((field) => (current[field] ?? null) !== (changes[field] ?? null));
    if (changed.length === 0) return;
    if (changes.assigneeId) agentPlacementOrThrow(db, changes.assigneeId, ctx.actor);
    setCaseFields(db, caseId, changed, changes, ctx.now);
    for (const field of changed) {
      addEvent(db, { caseId, kind: 'fieldChanged', at: ctx.now, actorId: ctx.actor.agentId, data: { field, from: current[field] ?? null, to: changes[field] ?? null } });
    }
    const values = Object.fromEntries(changed.map((field) => [field, changes[field] ?? null]));
    const { hlc } = appendMutation(db, 'case.setFields', { caseId, fields: values }, ctx.now);
    stampFields(db, 'case', caseId, changed, hlc);
    indexCase(db, caseId);
  })();
}

/**
 * Moves a case along the state machine. `from` must be the status the agent saw: if someone
 * else moved the case meanwhile, the move is refused as a conflict rather than applied blindly.
 */
export function changeCaseStatus(db: WritableDB, input: Required<Pick<ChangeStatusInput, 'caseId' | 'from' | 'to'>> & { note?: string | undefined }, ctx: WriteContext): void {
  db.transaction(() => {
    moveStatus(db, input.caseId, input.from, input.to, ctx, input.note);
  })();
}

/** The status move itself, for use inside a caller's transaction (also used by the wrap-up). */
export function moveStatus(db: WritableDB, caseId: string, from: CaseStatus, to: CaseStatus, ctx: WriteContext, note?: string): void {
  const current = caseEditStateOrThrow(db, caseId);
  if (current.status !== from) throw new AppError('conflict', `case ${caseId} is ${current.status}, not ${from}`);
  if (!canMoveCase(from, to)) throw new AppError('invalid_transition', `a case cannot move from ${from} to ${to}`);
  setCaseStatus(db, caseId, to, ctx.now);
  addEvent(db, { caseId, kind: 'statusChanged', at: ctx.now, actorId: ctx.actor.agentId, data: note ? { from, to, note } : { from, to } });
  const { hlc } = appendMutation(db, 'case.setStatus', { caseId, from, to }, ctx.now);
  stampFields(db, 'case', caseId, ['status'], hlc);
}

/**
 * Adds a note to the case timeline. Notes are append-only, identified by the id made here. A
 * flagged phrase must have been kept as written with a reason (recorded next to the note).
 */
export function addNote(db: WritableDB, caseId: string, text: string, ctx: WriteContext, kept: readonly GuardKept[] = []): string {
  const fields = [{ field: NOTE_FIELD, text }];
  const rules = guardRulesInForceAt(db, ctx.now, ctx.actor);
  assertGuardResolved(fields, kept, rules);
  return db.transaction(() => {
    caseEditStateOrThrow(db, caseId);
    const eventId = addEvent(db, { caseId, kind: 'note', at: ctx.now, actorId: ctx.actor.agentId, data: { text } });
    recordKeptPhrases(db, caseId, fields, kept, rules, ctx, { noteEventId: eventId });
    touchCase(db, caseId, ctx.now);
    appendMutation(db, 'note.add', { eventId, caseId, text, at: ctx.now }, ctx.now);
    return eventId;
  })();
}
