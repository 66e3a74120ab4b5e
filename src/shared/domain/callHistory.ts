import { CALL_HISTORY_LIMIT, type CallAct, type CallDraft, type Collaboration, type Escalation, type Transfer, type VerificationMethod } from '../schemas/callDraft';
import type { CallStage } from '../schemas/domainTerms';

/**
 * The call's append-only history: every act (stage entered, identity check, solution tried,
 * escalation, transfer, "not solved") is added, none is ever removed or rewritten. A draft whose
 * history is full keeps its oldest acts and records no more stage visits (acts that matter for the
 * record — escalations, transfers, solutions — still fit: stage visits are dropped first).
 */
export function appendAct(draft: CallDraft, act: CallAct): CallDraft {
  if (draft.history.length < CALL_HISTORY_LIMIT) return { ...draft, history: [...draft.history, act] };
  if (act.act === 'stage') return draft;
  const firstVisit = draft.history.findIndex((a) => a.act === 'stage');
  if (firstVisit < 0) return draft;
  return { ...draft, history: [...draft.history.slice(0, firstVisit), ...draft.history.slice(firstVisit + 1), act] };
}

/** Every escalation and transfer made on the call, oldest first. */
export function collaborationsOf(draft: CallDraft): Collaboration[] {
  const made: Collaboration[] = [];
  for (const act of draft.history) {
    if (act.act === 'escalation') made.push(act.escalation);
    else if (act.act === 'transfer') made.push(act.transfer);
  }
  // A collaboration set on the draft directly (older drafts) counts too, once.
  const current = draft.solve.collaboration;
  if (current && !made.some((c) => c.kind === current.kind && c.at === current.at && c.target === current.target)) made.push(current);
  return made;
}

/** Records an escalation or transfer: it becomes the call's open collaboration and is added to the history. */
export function recordCollaboration(draft: CallDraft, collaboration: Collaboration, now: number): CallDraft {
  const act: CallAct = collaboration.kind === 'escalate' ? { act: 'escalation', escalation: collaboration, at: now } : { act: 'transfer', transfer: collaboration, at: now };
  return { ...appendAct(draft, act), solve: { ...draft.solve, collaboration }, updatedAt: now };
}

/** Records how the caller's identity was checked (or that it was not); every check is kept. */
export function recordVerification(draft: CallDraft, method: VerificationMethod | null, now: number): CallDraft {
  if (method === null) return { ...draft, verification: null, verified: false, updatedAt: now };
  if (draft.verification?.method === method) return draft;
  return { ...appendAct(draft, { act: 'verification', method, at: now }), verification: { method, at: now }, verified: method !== 'notVerified', updatedAt: now };
}

/** Adds the solution as tried when the solve stage is completed, unless it is the same as the last attempt. */
export function recordSolutionAttempt(draft: CallDraft, now: number): CallDraft {
  const solution = draft.solve.solution.trim();
  if (!solution) return draft;
  const last = [...draft.history].reverse().find((a) => a.act === 'solution');
  if (last && last.act === 'solution' && last.solution === solution && last.remedy === draft.solve.remedy) return draft;
  return appendAct(draft, { act: 'solution', solution, remedy: draft.solve.remedy, at: now });
}

export const recordStageVisit = (draft: CallDraft, stage: CallStage, now: number): CallDraft => appendAct(draft, { act: 'stage', stage, at: now });

/** The escalation still open on the call (someone owes the customer feedback), if any. */
export function openEscalation(draft: CallDraft): Escalation | null {
  return draft.solve.collaboration?.kind === 'escalate' ? draft.solve.collaboration : null;
}

/** The transfer the call ended on, if any. */
export function openTransfer(draft: CallDraft): Transfer | null {
  return draft.solve.collaboration?.kind === 'transfer' ? draft.solve.collaboration : null;
}

/** When the escalation's promised feedback is due. */
export const feedbackDueAt = (escalation: Escalation): number => escalation.at + escalation.feedbackMinutes * 60_000;

/** After a transfer, someone checks with the customer that the receiving team solved it: this long after the expected wait. */
export const TRANSFER_CHECK_AFTER_MS = 60 * 60_000;
export const transferCheckDueAt = (transfer: Transfer): number => transfer.at + transfer.waitSeconds * 1000 + TRANSFER_CHECK_AFTER_MS;
