import { stageChecklistOf } from '../../shared/domain/callChecklist';
import { gateOf, statusAfterCall, type CallRules } from '../../shared/domain/callFlow';
import { channelScriptFor } from '../../shared/domain/scripts/channelScripts';
import { guardedTextsOf } from '../../shared/domain/guardedFields';
import { AppError } from '../../shared/result';
import type { CallDraft } from '../../shared/schemas/callDraft';
import { wrapUpInput, type ParsedWrapUp } from '../../shared/schemas/caseActions';
import { callTimes, totalHoldMs } from '../../shared/domain/callTimes';
import { discardCallDraft } from '../store/calls/callDrafts';
import { callEventsOf, linkCallEvents, recordCallTimes } from '../store/calls/callEvents';
import { caseExists } from '../store/cases/caseReads';
import { customerExists } from '../store/customers/customerReads';
import type { WritableDB } from '../store/db';
import { appendMutation } from '../store/sync/outbox';
import { findOrCreateCustomer } from './findOrCreateCustomer';
import { assertDispositionInForce } from './dispositionCheck';
import { assertGuardResolved, recordKeptPhrases } from './guardDecisions';
import { gatesInForceAt, guardRulesInForceAt } from './rulesInForce';
import { completeFollowUp } from './followUpActions';
import { keepComplaintPlan } from './casePromises';
import { insertCase, type CaseFields, type CreateContext } from './insertCase';
import { recordApprovalRequest, recordCollaboration, recordFaultDiagnosis, recordReturnRequest, recordVisit } from './recordCallSolution';
import { saveWrapUp } from './saveWrapUp';
import { recordReplies } from './recordReplies';
import { firstReplyAt } from '../../shared/domain/callClockFacts';
import { emailSchema } from '../../shared/schemas/case';

/** The name stored for a caller who chose not to identify themselves. */
export const ANONYMOUS_NAME = '匿名来电';

/**
 * Saves a finished call in ONE transaction: the customer (if new), the case (if the call was not
 * about an existing one), escalation/transfer and approval events, the return request with its first
 * step and due time, the fault diagnosis, the engineer-visit confirmation, then the wrap-up (call,
 * stage events, survey, callback, status) — and deletes the draft. Refused unless every gate is open.
 */
export function finishCall(db: WritableDB, draft: CallDraft, ctx: CreateContext): string {
  assertEveryGateOpen(draft, gatesInForceAt(db, ctx.now, ctx.actor));
  const guardRules = guardRulesInForceAt(db, ctx.now, ctx.actor);
  assertGuardResolved(guardedTextsOf(draft), draft.guardKept ?? [], guardRules);
  // The gates made sure there is a code; it must be one the policy offered during the call.
  assertDispositionInForce(db, draft.record.disposition ?? '', draft.startedAt, ctx.now, 'record.disposition');
  if (draft.contactAt !== null && draft.contactAt !== undefined && draft.contactAt > ctx.now) {
    throw new AppError('validation', 'the customer’s message cannot arrive in the future', [{ path: 'contactAt', key: 'invalid' }]);
  }
  return db.transaction(() => {
    const customerId = callerOf(db, draft, ctx.now);
    // A new case's clocks start at the call's first contact (the ring), not at this save.
    const caseId = draft.caseId ?? insertCase(db, customerId, newCaseOf(draft), ctx, contactStartOf(db, draft));
    if (!caseExists(db, caseId)) throw new AppError('not_found', `no case with id ${caseId}`);
    const target = { caseId, customerId, ctx };
    const details = {
      caseId,
      callDraftId: draft.id,
      ...recordCollaboration(db, draft, target),
      ...recordApprovalRequest(db, draft, target),
      ...recordReturnRequest(db, draft, target),
      ...recordFaultDiagnosis(db, draft, target),
      ...recordVisit(db, draft, target),
    };
    appendMutation(db, 'call.details', details, ctx.now);
    // Chat and email first respond with a written reply, not by opening the screen.
    const written = draft.channel === 'chat' || draft.channel === 'email';
    const { callId } = saveWrapUp(db, wrapUpOf(draft, caseId, ctx.now, callTimes(callEventsOf(db, callRefOf(draft))).answeredAt), ctx, written ? firstReplyAt(draft) : undefined);
    const replyIds = recordReplies(db, caseId, draft.channel, draft.replies ?? [], ctx);
    if (replyIds.length > 0) appendMutation(db, 'case.replies', { caseId, replyIds }, ctx.now);
    recordTelephonyTimes(db, draft, caseId, callId, ctx.now);
    // The times (holds among them) are the lead's evidence on other desktops: their own mutation, not left for the next one.
    appendMutation(db, 'call.times', { caseId, callId }, ctx.now);
    if (recordKeptPhrases(db, caseId, guardedTextsOf(draft), draft.guardKept ?? [], guardRules, ctx, { callId }) > 0) appendMutation(db, 'call.phraseKept', { caseId, callId }, ctx.now);
    // A callback from the follow-up queue answers that follow-up.
    if (draft.followUpId) completeFollowUp(db, draft.followUpId, '', ctx);
    // A complaint's plan told on this call keeps the plan's promise.
    if (draft.scenario === 'complaint' && draft.solve.solution.trim()) keepComplaintPlan(db, caseId, ctx);
    discardCallDraft(db, draft.id);
    return caseId;
  })();
}

/** Every gate under the policy in force (the checklist switch is checked on screen, where the script's items are). */
function assertEveryGateOpen(draft: CallDraft, gates: CallRules): void {
  const missing = (['greet', 'confirm', 'solve', 'followUp', 'record'] as const).flatMap((stage) => gateOf(draft, stage, gates).map((item) => ({ stage, item })));
  if (draft.stage !== 'record' || missing.length > 0) {
    throw new AppError(
      'validation',
      `the call cannot be saved yet: ${missing.map((m) => `${m.stage}.${m.item}`).join(', ') || 'record stage not reached'}`,
      missing.map((m) => ({ path: `${m.stage}.${m.item}`, key: 'required' })),
    );
  }
}

/** The caller's customer: the one linked, a new one, or the anonymous caller of this number. */
function callerOf(db: WritableDB, draft: CallDraft, now: number): string {
  const caller = draft.caller;
  if (!caller) throw new AppError('validation', 'the caller is not chosen', [{ path: 'caller', key: 'required' }]);
  if (caller.mode === 'linked') {
    if (!customerExists(db, caller.customerId)) throw new AppError('not_found', `no customer with id ${caller.customerId}`);
    return caller.customerId;
  }
  if (caller.mode === 'new') {
    const email = caller.email?.trim() ? emailSchema.parse(caller.email) : null;
    return findOrCreateCustomer(db, { name: caller.name.trim(), phone: caller.phone.replace(/[\s-]/g, ''), salutation: caller.salutation, email }, now);
  }
  return findOrCreateCustomer(db, { name: ANONYMOUS_NAME, phone: draft.callerNumber ?? '', tags: ['anonymous'] }, now);
}

/** The case a call about something new opens. */
function newCaseOf(draft: CallDraft): CaseFields {
  return {
    channel: draft.channel,
    subject: draft.confirm.summary.trim(),
    scenario: draft.scenario,
    category: draft.confirm.category ?? undefined,
    priority: draft.priority,
    severity: draft.severity ?? undefined,
    description: draft.confirm.keyPoints,
    product: draft.confirm.product,
    orderNo: draft.confirm.orderNo || undefined,
  };
}

/** The record stage of the call as a wrap-up. */
function wrapUpOf(draft: CallDraft, caseId: string, now: number, answeredAt: number | null = null): ParsedWrapUp {
  const { collaboration } = draft.solve;
  const talkEnd = draft.talkEndedAt ?? now;
  // Talk is from the answer (when recorded) to the hangup; the ring before it is waiting, not talk.
  const talkStart = answeredAt !== null && answeredAt <= talkEnd ? answeredAt : draft.startedAt;
  // The checklists the call screen showed (item ids are the same in every language).
  const script = channelScriptFor(draft.scenario, draft.channel, 'zh-CN');
  return wrapUpInput.parse({
    caseId,
    call: {
      channel: draft.channel,
      startedAt: draft.startedAt,
      endedAt: talkEnd,
      talkSeconds: Math.round((talkEnd - talkStart) / 1000),
      acwSeconds: Math.round((now - talkEnd) / 1000),
      disposition: draft.record.disposition,
      stages: [...draft.completed.map((c) => ({ stage: c.stage, completedAt: c.at })), { stage: 'record' as const, completedAt: now }].map((s) => ({ ...s, checklist: stageChecklistOf(draft.checklist, s.stage, script) })),
      history: draft.history,
      verification: draft.verification,
    },
    category: draft.confirm.category,
    resolution: draft.solve.solution.trim() || (collaboration ? `${collaboration.kind === 'transfer' ? '→' : '↑'} ${collaboration.target}` : draft.confirm.summary),
    status: statusAfterCall(draft),
    satisfaction: draft.followUp.satisfaction === null ? null : { score: draft.followUp.satisfaction, comment: draft.followUp.comment },
    followUp: draft.followUp.callback,
    notes: draft.record.notes.trim() ? [draft.record.notes] : [],
  });
}

/** The call's events are recorded under this id. */
export const callRefOf = (draft: CallDraft): string => draft.callRef ?? draft.id;

/** When the caller first reached us: the ring, else when the call screen opened. */
function contactStartOf(db: WritableDB, draft: CallDraft): number {
  const { ringAt } = callTimes(callEventsOf(db, callRefOf(draft)));
  return Math.min(ringAt ?? draft.startedAt, draft.startedAt, draft.contactAt ?? draft.startedAt);
}

/** Ring, answer, hold and solution times onto the saved call; its events tied to the case and call. */
function recordTelephonyTimes(db: WritableDB, draft: CallDraft, caseId: string, callId: string, now: number): void {
  const callRef = callRefOf(draft);
  const times = callTimes(callEventsOf(db, callRef));
  const end = times.hangupAt ?? draft.talkEndedAt ?? now;
  const solveDone = draft.completed.find((c) => c.stage === 'solve');
  recordCallTimes(db, callId, {
    callRef,
    // A chat or email has no ring: its contact arrived when the customer's message did.
    ringAt: times.ringAt ?? (draft.channel === 'phone' ? null : draft.contactAt),
    answeredAt: times.answeredAt,
    holdSeconds: Math.round(totalHoldMs(times, end) / 1000),
    holdCount: times.holds.length,
    solutionAt: draft.solve.solution.trim() && solveDone ? solveDone.at : null,
  });
  linkCallEvents(db, callRef, caseId, callId);
}
