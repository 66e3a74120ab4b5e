import { collaborationsOf, feedbackDueAt, openEscalation, openTransfer, transferCheckDueAt } from '../../shared/domain/callHistory';
import { returnEligibility, returnStepDueAt } from '../../shared/domain/returns';
import type { CallDraft } from '../../shared/schemas/callDraft';
import { addEvent } from '../store/cases/timeline';
import type { WritableDB } from '../store/db';
import { insertFollowUp } from '../store/followUps/followUpWrites';
import { insertFaultDiagnosis } from '../store/returns/faultDiagnoses';
import { insertReturnRequest } from '../store/returns/returnInserts';
import { insertVisitBooking } from '../store/returns/visitBookings';
import { visitBookingGaps, visitBookingOf } from '../../shared/domain/visitBookings';
import { AppError } from '../../shared/result';
import type { CreateContext } from './insertCase';
import { approvalRequestsOfCall, attachApprovalsToCase } from '../store/approvals/approvalRequestRows';
import { rulesInForceAt } from './rulesInForce';

/** Where a finished call's solve stage is written: its case and customer, and who and when. */
interface SolveTarget {
  caseId: string;
  customerId: string;
  ctx: CreateContext;
}

type Details = Record<string, unknown>;

/**
 * The call's history on the case timeline — every escalation and transfer (also those an
 * answer of "not solved" was followed by), every solution tried, each "not solved", each identity
 * check — and the clocks the call leaves open: the promised feedback of an open escalation and,
 * after a transfer, the check that the receiving team solved it, each a follow-up due on time.
 */
export function recordCollaboration(db: WritableDB, draft: CallDraft, { caseId, customerId, ctx }: SolveTarget): Details {
  const actorId = ctx.actor.agentId;
  const collaborations = collaborationsOf(draft);
  for (const c of collaborations) {
    const dueBy = c.kind === 'escalate' ? feedbackDueAt(c) : null;
    addEvent(db, { caseId, kind: c.kind === 'transfer' ? 'transfer' : 'escalation', at: c.at, actorId, data: { ...c, dueBy, collaborationDueBy: draft.solve.collaborationDueAt } });
  }
  for (const act of draft.history) {
    if (act.act === 'solution') addEvent(db, { caseId, kind: 'solutionAttempt', at: act.at, actorId, data: { solution: act.solution, remedy: act.remedy } });
    else if (act.act === 'notSolved') addEvent(db, { caseId, kind: 'callNotSolved', at: act.at, actorId, data: { next: act.next } });
    else if (act.act === 'verification') addEvent(db, { caseId, kind: 'identityChecked', at: act.at, actorId, data: { method: act.method } });
  }
  const promised = openFollowUpOf(draft);
  let promisedFollowUp: Details | null = null;
  if (promised) {
    const followUpId = insertFollowUp(db, { caseId, customerId, agentId: actorId, kind: 'callback', promise: promised.reason, dueAt: promised.dueAt, note: promised.note, now: ctx.now });
    addEvent(db, { caseId, kind: 'followUpScheduled', at: ctx.now, actorId, data: { followUpId, kind: 'callback', dueAt: promised.dueAt, reason: promised.reason } });
    promisedFollowUp = { followUpId, ...promised };
  }
  return collaborations.length === 0 ? {} : { collaborations, collaboration: draft.solve.collaboration, promisedFollowUp };
}

/** The follow-up an open collaboration leaves: the escalation's promised feedback, or the check after a transfer. */
function openFollowUpOf(draft: CallDraft): { reason: 'escalationFeedback' | 'transferCheck'; dueAt: number; note: string } | null {
  const escalation = openEscalation(draft);
  if (escalation) return { reason: 'escalationFeedback', dueAt: feedbackDueAt(escalation), note: `↑ ${escalation.target}` };
  const transfer = openTransfer(draft);
  if (transfer) return { reason: 'transferCheck', dueAt: transferCheckDueAt(transfer), note: `→ ${transfer.target}` };
  return null;
}

export function recordApprovalRequest(db: WritableDB, draft: CallDraft, { caseId, ctx }: SolveTarget): Details {
  if (draft.solve.approvalRequestedAt === null) return {};
  // Asked live during the call (issue 17): the request now names its case, and the timeline says whether a lead already decided it.
  const live = approvalRequestsOfCall(db, draft.id)[0];
  attachApprovalsToCase(db, draft.id, caseId);
  const liveData = live
    ? { liveApprovalId: live.id, ...(live.state !== 'pending' ? { liveDecision: { state: live.state, by: live.decidedBy, at: live.decidedAt, via: live.decidedVia, reason: live.reason } } : {}) }
    : {};
  addEvent(db, { caseId, kind: 'approvalRequested', at: draft.solve.approvalRequestedAt, actorId: ctx.actor.agentId, data: { remedy: draft.solve.remedy, solution: draft.solve.solution, ...liveData } });
  return { approvalRequestedAt: draft.solve.approvalRequestedAt };
}

/** The return request with its first step, its eligibility and when its review is due. */
export function recordReturnRequest(db: WritableDB, draft: CallDraft, { caseId, ctx }: SolveTarget): Details {
  const { returnRequest } = draft.solve;
  if (!returnRequest) return {};
  const { now } = ctx;
  const { offered, ...request } = returnRequest;
  const verdict = returnEligibility({ ...request, now });
  if (!verdict.eligible) {
    // Not a return: nothing is saved as one; the timeline keeps why, and what was offered instead.
    addEvent(db, { caseId, kind: 'returnStep', at: now, actorId: ctx.actor.agentId, data: { declined: true, eligible: false, why: verdict.why, alternatives: verdict.alternatives, offered: offered ?? null } });
    return { returnDeclined: { why: verdict.why, offered: offered ?? null } };
  }
  const rules = rulesInForceAt(db, now);
  const reviewDueAt = returnStepDueAt('reviewed', now, rules.calendar, rules.returnSteps);
  const returnId = insertReturnRequest(db, { caseId, kind: returnRequest.kind, reason: returnRequest.reason, purchasedAt: returnRequest.receivedAt, costBearer: verdict.costBearer, now, reviewDueAt });
  addEvent(db, { caseId, kind: 'returnStep', at: now, actorId: ctx.actor.agentId, data: { returnId, step: 'requested', eligible: verdict.eligible, why: verdict.why, costBearer: verdict.costBearer, nextDueAt: reviewDueAt } });
  return { returnRequest: { returnId, ...returnRequest, costBearer: verdict.costBearer } };
}

export function recordFaultDiagnosis(db: WritableDB, draft: CallDraft, { caseId, ctx }: SolveTarget): Details {
  const { fault } = draft.solve;
  if (!fault) return {};
  const faultId = insertFaultDiagnosis(db, {
    caseId,
    symptoms: fault.symptoms,
    faultClass: fault.faultClass,
    stepsTried: fault.stepsTried ? [fault.stepsTried] : [],
    rootCause: fault.rootCause || null,
    remedy: draft.solve.solution || null,
    remedyKind: fault.workaround ? 'workaround' : 'fix',
    needsVisit: fault.needsVisit,
    needsFactoryReturn: fault.needsFactoryReturn,
    now: ctx.now,
  });
  return { fault: { faultId, ...fault } };
}

/**
 * An engineer visit booked on the call: the booking (address, expected duration) and a follow-up to
 * confirm it with the customer. A booking started but incomplete or invalid (duration outside
 * 15–720 minutes) is refused with the field it concerns; the call's transaction then saves nothing.
 */
export function recordVisit(db: WritableDB, draft: CallDraft, { caseId, customerId, ctx }: SolveTarget): Details {
  const { visit } = draft.solve;
  const gaps = visitBookingGaps(visit);
  if (gaps.length > 0) {
    throw new AppError(
      'validation',
      `the visit booking is incomplete: ${gaps.join(', ')}`,
      gaps.map((field) => ({ path: `solve.visit.${field}`, key: field === 'durationMinutes' ? 'visitDuration' : 'required' })),
    );
  }
  const booking = visitBookingOf(visit);
  if (!booking) return {};
  const visitDay = Date.parse(`${booking.date}T00:00:00Z`);
  // Confirm with the customer after the visit: due at the end of the visit day, local time.
  const dueAt = visitDay + 18 * 3_600_000 - ctx.utcOffsetMinutes * 60_000;
  const actorId = ctx.actor.agentId;
  const visitId = insertVisitBooking(db, caseId, booking, ctx.now);
  const followUpId = insertFollowUp(db, { caseId, customerId, agentId: actorId, kind: 'visitConfirmation', dueAt, note: `${booking.engineer} ${booking.timeSlot}`.trim(), now: ctx.now });
  // The address stays in the booking only: the timeline names the visit, not where the customer lives.
  const shown = { engineer: booking.engineer, date: booking.date, timeSlot: booking.timeSlot, durationMinutes: booking.durationMinutes };
  addEvent(db, { caseId, kind: 'followUpScheduled', at: ctx.now, actorId, data: { followUpId, kind: 'visitConfirmation', dueAt, visitId, ...shown } });
  return { visit: { followUpId, dueAt, visitId, ...shown } };
}
