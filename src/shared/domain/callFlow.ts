import { emailSchema, orderNumber, phoneSchema, type Channel } from '../schemas/case';
import type { CallDraft, Caller } from '../schemas/callDraft';
import { callStages, type CallStage, type Scenario } from '../schemas/domainTerms';
import { openEscalation, recordSolutionAttempt, recordStageVisit, appendAct } from './callHistory';
import { needsApproval, type AuthorityLimits } from './policies/authorityPolicy';
import { visitBookingGaps } from './visitBookings';

/** What a lead can tighten or relax; the defaults follow domain.md. */
export interface GatePolicy {
  /**
   * Greet: for a known (linked) customer, how identity was checked — or that it was not — must be
   * recorded; account details are shown only to a verified caller (see `identityDisclosed`).
   */
  requireVerified: boolean;
  /** Confirm: the restatement must have the customer's yes. */
  requireRestatement: boolean;
  /** Follow-up: the satisfaction survey must be asked (answered or declined). */
  requireSurvey: boolean;
  /** Every checklist item of the stage must be ticked. */
  requireChecklist: boolean;
}
/** The gates with the authority limits in force (policies): a remedy on the list needs a lead's approval. */
export type CallRules = GatePolicy & Partial<AuthorityLimits>;

export const defaultGatePolicy: GatePolicy = { requireVerified: true, requireRestatement: true, requireSurvey: true, requireChecklist: false };

/** Why a stage cannot be completed yet; each is a translated message in the UI. */
export type GateItem =
  | 'callerChosen'
  | 'newCallerName'
  | 'newCallerPhone'
  | 'newCallerEmail'
  | 'replySent'
  | 'identityVerified'
  | 'category'
  | 'summary'
  | 'orderNo'
  | 'restated'
  | 'solutionOrCollaboration'
  | 'escalationRequired'
  | 'approvalRequested'
  | 'solvedAnswered'
  | 'callbackOrDeclined'
  | 'surveyAsked'
  | 'disposition'
  | 'talkEnded'
  | 'checklist'
  | 'visitBooking';

const has = (text: string) => text.trim().length > 0;

/** The items still missing before `stage` can be completed (empty: the gate is open). */
export function gateOf(draft: CallDraft, stage: CallStage, policy: CallRules = defaultGatePolicy, checklistIds: readonly string[] = []): GateItem[] {
  const missing: GateItem[] = [];
  const { caller, confirm, solve, followUp } = draft;
  switch (stage) {
    case 'greet':
      if (!caller) missing.push('callerChosen');
      else if (caller.mode === 'new') {
        if (!has(caller.name)) missing.push('newCallerName');
        missing.push(...newCallerContactGaps(draft.channel, caller.phone, caller.email ?? ''));
      }
      if (policy.requireVerified && caller?.mode === 'linked' && !draft.verified && draft.verification === null) missing.push('identityVerified');
      break;
    case 'confirm':
      if (!confirm.category) missing.push('category');
      if (!has(confirm.summary)) missing.push('summary');
      if (has(confirm.orderNo) && !orderNumber.safeParse(confirm.orderNo).success) missing.push('orderNo');
      if (policy.requireRestatement && !confirm.restated) missing.push('restated');
      break;
    case 'solve':
      if ((solve.mustEscalate && !openEscalation(draft)) || (confirm.needsCollaboration && !solve.collaboration)) missing.push('escalationRequired');
      else if (!has(solve.solution) && !solve.collaboration) missing.push('solutionOrCollaboration');
      if ((solve.beyondAuthority || needsApproval(policy, solve.remedy)) && solve.approvalRequestedAt === null) missing.push('approvalRequested');
      if (visitBookingGaps(solve.visit).length > 0) missing.push('visitBooking');
      break;
    case 'followUp':
      if (followUp.solved === null) missing.push('solvedAnswered');
      // "Not solved" with nothing open goes straight back to solve: callback and survey come later.
      if (followUp.solved === false && !openEscalation(draft)) break;
      // An open escalation already promises the customer a call back by its feedback time.
      if (!followUp.callback && !followUp.callbackDeclined && !openEscalation(draft)) missing.push('callbackOrDeclined');
      if (policy.requireSurvey && followUp.satisfaction === null && !followUp.surveyDeclined) missing.push('surveyAsked');
      break;
    case 'record':
      if (!draft.record.disposition) missing.push('disposition');
      if (draft.channel === 'phone' && draft.talkEndedAt === null) missing.push('talkEnded');
      // Chat and email are answered in writing: at least one reply must be recorded as sent.
      if ((draft.channel === 'chat' || draft.channel === 'email') && (draft.replies ?? []).length === 0) missing.push('replySent');
      break;
  }
  if (policy.requireChecklist && checklistIds.some((id) => !draft.checklist[`${stage}.${id}`])) missing.push('checklist');
  return missing;
}

/**
 * What a new customer's contact details still lack. A phone caller needs a valid phone; a chat,
 * email or walk-in customer may give an email address instead (an email customer often has no
 * phone on record). Whatever is typed must be valid.
 */
export function newCallerContactGaps(channel: Channel, phone: string, email: string): GateItem[] {
  const phoneGiven = phone.trim().length > 0;
  const emailGiven = email.trim().length > 0;
  const phoneOk = phoneSchema.safeParse(phone).success;
  const emailOk = emailSchema.safeParse(email).success;
  const gaps: GateItem[] = [];
  if (phoneGiven ? !phoneOk : channel === 'phone' || !emailGiven) gaps.push('newCallerPhone');
  if (emailGiven && !emailOk) gaps.push('newCallerEmail');
  return gaps;
}

const indexOf = (stage: CallStage) => callStages.indexOf(stage);

export class GateClosedError extends Error {
  constructor(
    readonly stage: CallStage,
    readonly missing: GateItem[],
  ) {
    super(`stage ${stage} cannot be completed: ${missing.join(', ')}`);
  }
}

/**
 * Completes the current stage (its gate must be open) and moves to the next. The record stage is
 * completed by saving the call (finishCall), not here. Completing a stage again after going back
 * records a new completion: the timeline shows every pass.
 */
export function completeStage(draft: CallDraft, now: number, policy: CallRules = defaultGatePolicy, checklistIds: readonly string[] = []): CallDraft {
  const missing = gateOf(draft, draft.stage, policy, checklistIds);
  if (missing.length > 0) throw new GateClosedError(draft.stage, missing);
  if (draft.stage === 'followUp' && draft.followUp.solved === false) return notSolved(draft, now);
  const next = callStages[indexOf(draft.stage) + 1];
  if (!next) return draft;
  const tried = draft.stage === 'solve' ? recordSolutionAttempt(draft, now) : draft;
  const completed = { ...recordStageVisit(tried, next, now), stage: next, completed: [...draft.completed, { stage: draft.stage, at: now }], updatedAt: now };
  if (draft.stage === 'confirm' && draft.confirm.needsCollaboration && !draft.solve.collaboration) {
    return { ...completed, solve: { ...draft.solve, collaborationDueAt: now + COLLABORATION_WITHIN_MS } };
  }
  return completed;
}

/** Going back is always allowed, and forward again up to the furthest stage reached; what was captured is kept. */
export function goToStage(draft: CallDraft, stage: CallStage, now: number): CallDraft {
  const reached = Math.max(indexOf(draft.stage), ...draft.completed.map((c) => indexOf(c.stage) + 1));
  if (indexOf(stage) > reached || stage === draft.stage) return draft;
  return { ...recordStageVisit(draft, stage, now), stage, updatedAt: now };
}

/**
 * "Not solved" at follow-up. Nothing recorded is removed: the answer is added to the history.
 * With an escalation open, the honest outcome is to save the call as escalated, its promised
 * feedback pending — so the call goes on to record. Otherwise back to solve, which now requires an
 * escalation (a transfer that did not solve it stays in the history).
 */
export function notSolved(draft: CallDraft, now: number): CallDraft {
  const priority = draft.priority === 'urgent' ? 'urgent' : 'high';
  const followUpDone = [...draft.completed, { stage: 'followUp' as const, at: now }];
  if (openEscalation(draft)) {
    const noted = appendAct(draft, { act: 'notSolved', next: 'record', at: now });
    return { ...recordStageVisit(noted, 'record', now), stage: 'record', completed: followUpDone, priority, updatedAt: now };
  }
  const noted = appendAct(draft, { act: 'notSolved', next: 'solve', at: now });
  return {
    ...recordStageVisit(noted, 'solve', now),
    stage: 'solve',
    completed: followUpDone,
    solve: { ...draft.solve, mustEscalate: true, collaboration: null, collaborationDueAt: now + COLLABORATION_WITHIN_MS },
    followUp: { ...draft.followUp, solved: null },
    priority,
    updatedAt: now,
  };
}

/** Whether the caller's account details may be shown: a known caller whose identity was checked, or a policy that does not ask. */
export function identityDisclosed(draft: CallDraft, policy: GatePolicy = defaultGatePolicy): boolean {
  if (draft.caller?.mode !== 'linked') return false;
  if (!policy.requireVerified) return true;
  return draft.verified && draft.verification?.method !== 'notVerified';
}

/** Complex issues must start collaboration within 5 minutes of being recognised (domain.md). */
export const COLLABORATION_WITHIN_MS = 5 * 60_000;

/**
 * A fresh call: greet stage, nothing captured yet — unless it is about an existing case (`caseId`,
 * e.g. a callback from the follow-up queue) with its customer already known (`caller`).
 */
export function newCallDraft(init: { id: string; now: number; channel: Channel; callerNumber: string | null; scenario?: Scenario; caseId?: string | null; followUpId?: string | null; caller?: Caller | null; callRef?: string | null }): CallDraft {
  return {
    id: init.id,
    caseId: init.caseId ?? null,
    followUpId: init.followUpId ?? null,
    channel: init.channel,
    callerNumber: init.callerNumber,
    startedAt: init.now,
    talkEndedAt: null,
    stage: 'greet',
    completed: [],
    checklist: {},
    caller: init.caller ?? null,
    verified: false,
    verification: null,
    scenario: init.scenario ?? 'consultation',
    priority: 'normal',
    severity: null,
    confirm: { category: null, summary: '', keyPoints: '', restated: false, needsCollaboration: false, product: '', orderNo: '' },
    solve: {
      solution: '',
      remedy: null,
      beyondAuthority: false,
      approvalRequestedAt: null,
      collaboration: null,
      collaborationDueAt: null,
      mustEscalate: false,
      articleIds: [],
      visit: { engineer: '', date: '', timeSlot: '', address: '', durationMinutes: null },
      returnRequest: null,
      fault: null,
    },
    followUp: { solved: null, callback: null, callbackDeclined: false, satisfaction: null, surveyDeclined: false, comment: '' },
    record: { disposition: null, notes: '' },
    updatedAt: init.now,
    history: [],
    callRef: init.callRef ?? null,
    contactAt: null,
    replies: [],
  };
}

/** Disposition codes offered at the record stage. */
export const dispositions = ['resolved', 'resolvedWithFollowUp', 'escalated', 'transferred', 'callbackScheduled', 'informationOnly', 'dropped'] as const;
export type Disposition = (typeof dispositions)[number];

/** The case status a saved call leaves behind. */
export function statusAfterCall(draft: CallDraft): 'inProgress' | 'escalated' | 'transferred' | 'resolved' | 'waitingCustomer' {
  const collaboration = draft.solve.collaboration;
  // An escalation stays open until its promised feedback is given, whatever the caller said.
  if (collaboration?.kind === 'escalate') return 'escalated';
  // After a transfer the follow-up asked whether the receiving team solved it.
  if (collaboration?.kind === 'transfer') return draft.followUp.solved === true ? 'resolved' : 'transferred';
  if (draft.followUp.solved === true) return 'resolved';
  if (draft.solve.approvalRequestedAt !== null) return 'waitingCustomer';
  return 'inProgress';
}
