import type { Database } from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { defaultCalendar } from '../../shared/domain/businessCalendar';
import { gateOf, statusAfterCall } from '../../shared/domain/callFlow';
import { returnEligibility, returnStepDueAt } from '../../shared/domain/returns';
import { AppError } from '../../shared/result';
import type { CallDraft } from '../../shared/schemas/callDraft';
import { wrapUpInput } from '../../shared/schemas/caseActions';
import { discardCallDraft } from './callDrafts';
import { findOrCreateCustomer, insertCase, type CreateContext } from './caseWrites';
import { appendMutation } from './sync/outbox';
import { completeFollowUp } from './followUpWrites';
import { statement } from './statements';
import { addEvent } from './timeline';
import { saveWrapUp } from './wrapUp';

/** The name stored for a caller who chose not to identify themselves. */
export const ANONYMOUS_NAME = '匿名来电';

function customerOf(db: Database, draft: CallDraft, now: number): string {
  const caller = draft.caller;
  if (!caller) throw new AppError('validation', 'the caller is not chosen', [{ path: 'caller', key: 'required' }]);
  if (caller.mode === 'linked') {
    if (!statement(db, 'SELECT 1 FROM customers WHERE id = ?').get(caller.customerId)) throw new AppError('not_found', `no customer with id ${caller.customerId}`);
    return caller.customerId;
  }
  if (caller.mode === 'new') return findOrCreateCustomer(db, { name: caller.name.trim(), phone: caller.phone.replace(/[\s-]/g, ''), salutation: caller.salutation }, now);
  return findOrCreateCustomer(db, { name: ANONYMOUS_NAME, phone: draft.callerNumber ?? '', tags: ['anonymous'] }, now);
}

/**
 * Saves a finished call in ONE transaction: the customer (if new), the case (if the call was not
 * about an existing one), escalation/transfer and approval events, the return request with its first
 * step and due time, the fault diagnosis, the engineer-visit confirmation, then the wrap-up (call,
 * stage events, survey, callback, status) — and deletes the draft. Refused unless every gate is open.
 */
export function finishCall(db: Database, draft: CallDraft, ctx: CreateContext): string {
  const missing = (['greet', 'confirm', 'solve', 'followUp', 'record'] as const).flatMap((stage) => gateOf(draft, stage).map((item) => ({ stage, item })));
  if (draft.stage !== 'record' || missing.length > 0) {
    throw new AppError(
      'validation',
      `the call cannot be saved yet: ${missing.map((m) => `${m.stage}.${m.item}`).join(', ') || 'record stage not reached'}`,
      missing.map((m) => ({ path: `${m.stage}.${m.item}`, key: 'required' })),
    );
  }
  const { now } = ctx;
  const actorId = ctx.actor.agentId;
  return db.transaction(() => {
    const customerId = customerOf(db, draft, now);
    const caseId =
      draft.caseId ??
      insertCase(
        db,
        customerId,
        {
          channel: draft.channel,
          subject: draft.confirm.summary.trim(),
          scenario: draft.scenario,
          category: draft.confirm.category ?? undefined,
          priority: draft.priority,
          severity: draft.severity ?? undefined,
          description: draft.confirm.keyPoints,
          product: draft.confirm.product,
          orderNo: draft.confirm.orderNo || undefined,
        },
        ctx,
      );
    if (!statement(db, 'SELECT 1 FROM cases WHERE id = ?').get(caseId)) throw new AppError('not_found', `no case with id ${caseId}`);

    const { collaboration, returnRequest, fault, visit } = draft.solve;
    const details: Record<string, unknown> = { caseId, callDraftId: draft.id };
    if (collaboration) {
      addEvent(db, { caseId, kind: collaboration.kind === 'transfer' ? 'transfer' : 'escalation', at: collaboration.at, actorId, data: { ...collaboration, dueBy: draft.solve.collaborationDueAt } });
      details.collaboration = collaboration;
    }
    if (draft.solve.approvalRequestedAt !== null) {
      addEvent(db, { caseId, kind: 'approvalRequested', at: draft.solve.approvalRequestedAt, actorId, data: { remedy: draft.solve.remedy, solution: draft.solve.solution } });
      details.approvalRequestedAt = draft.solve.approvalRequestedAt;
    }
    if (returnRequest) {
      const returnId = uuidv7();
      const verdict = returnEligibility({ ...returnRequest, now });
      const reviewDueAt = returnStepDueAt('reviewed', now, defaultCalendar);
      statement(db, 'INSERT INTO returns (id, case_id, kind, reason, purchased_at, cost_bearer, step, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
        returnId,
        caseId,
        returnRequest.kind,
        returnRequest.reason,
        returnRequest.receivedAt,
        verdict.costBearer,
        'requested',
        now,
        now,
      );
      statement(db, "INSERT INTO return_steps (id, return_id, step, at, due_at) VALUES (?, ?, 'requested', ?, ?)").run(uuidv7(), returnId, now, reviewDueAt);
      addEvent(db, { caseId, kind: 'returnStep', at: now, actorId, data: { returnId, step: 'requested', eligible: verdict.eligible, why: verdict.why, costBearer: verdict.costBearer, nextDueAt: reviewDueAt } });
      details.returnRequest = { returnId, ...returnRequest, costBearer: verdict.costBearer };
    }
    if (fault) {
      const faultId = uuidv7();
      statement(
        db,
        `INSERT INTO fault_diagnoses (id, case_id, symptoms, fault_class, steps_tried, root_cause, remedy, remedy_kind, needs_visit, needs_factory_return, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(faultId, caseId, fault.symptoms, fault.faultClass, JSON.stringify(fault.stepsTried ? [fault.stepsTried] : []), fault.rootCause || null, draft.solve.solution || null, fault.workaround ? 'workaround' : 'fix', Number(fault.needsVisit), Number(fault.needsFactoryReturn), now, now);
      details.fault = { faultId, ...fault };
    }
    const visitDay = /^\d{4}-\d{2}-\d{2}$/.test(visit.date) ? Date.parse(`${visit.date}T00:00:00Z`) : NaN;
    if (visit.engineer.trim() && !Number.isNaN(visitDay)) {
      // Confirm with the customer after the visit: due at the end of the visit day, local time.
      const dueAt = visitDay + 18 * 3_600_000 - ctx.utcOffsetMinutes * 60_000;
      const followUpId = uuidv7();
      statement(db, "INSERT INTO follow_ups (id, case_id, customer_id, agent_id, kind, due_at, note, created_at) VALUES (?, ?, ?, ?, 'visitConfirmation', ?, ?, ?)").run(
        followUpId,
        caseId,
        customerId,
        actorId,
        dueAt,
        `${visit.engineer} ${visit.timeSlot}`.trim(),
        now,
      );
      addEvent(db, { caseId, kind: 'followUpScheduled', at: now, actorId, data: { followUpId, kind: 'visitConfirmation', dueAt, ...visit } });
      details.visit = { followUpId, dueAt, ...visit };
    }
    appendMutation(db, 'call.details', details, now);

    const talkEnd = draft.talkEndedAt ?? now;
    saveWrapUp(
      db,
      wrapUpInput.parse({
        caseId,
        call: {
          channel: draft.channel,
          startedAt: draft.startedAt,
          endedAt: talkEnd,
          talkSeconds: Math.round((talkEnd - draft.startedAt) / 1000),
          acwSeconds: Math.round((now - talkEnd) / 1000),
          disposition: draft.record.disposition,
          stages: [...draft.completed.map((c) => ({ stage: c.stage, completedAt: c.at })), { stage: 'record', completedAt: now }],
        },
        category: draft.confirm.category,
        resolution: draft.solve.solution.trim() || (collaboration ? `${collaboration.kind === 'transfer' ? '→' : '↑'} ${collaboration.target}` : draft.confirm.summary),
        status: statusAfterCall(draft),
        satisfaction: draft.followUp.satisfaction === null ? null : { score: draft.followUp.satisfaction, comment: draft.followUp.comment },
        followUp: draft.followUp.callback,
        notes: draft.record.notes.trim() ? [draft.record.notes] : [],
      }),
      ctx,
    );
    // A callback from the follow-up queue answers that follow-up.
    if (draft.followUpId) completeFollowUp(db, draft.followUpId, '', ctx);
    discardCallDraft(db, draft.id);
    return caseId;
  })();
}
