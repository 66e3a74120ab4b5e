import { describe, expect, it } from 'vitest';
import { COLLABORATION_WITHIN_MS, completeStage, defaultGatePolicy, gateOf, GateClosedError, goToStage, newCallDraft, notSolved, statusAfterCall } from '../../src/shared/domain/callFlow';
import type { CallDraft } from '../../src/shared/schemas/callDraft';
import { callDraftSchema } from '../../src/shared/schemas/callDraft';

const t0 = Date.UTC(2026, 10, 23, 2, 0);
const fresh = () => newCallDraft({ id: 'call-1', now: t0, channel: 'phone', callerNumber: '13812345678' });
const linked = (d: CallDraft): CallDraft => ({ ...d, caller: { mode: 'linked', customerId: 'cu1', name: '王建国', salutation: 'mr' }, verified: true, verification: { method: 'phoneMatch', at: d.startedAt } });
const confirmed = (d: CallDraft): CallDraft => ({ ...d, confirm: { ...d.confirm, category: 'complaintSuggestion', summary: '冰箱送达三天不制冷', restated: true } });
const solved = (d: CallDraft): CallDraft => ({ ...d, solve: { ...d.solve, solution: '安排上门检测' } });
const followedUp = (d: CallDraft): CallDraft => ({ ...d, followUp: { ...d.followUp, solved: true, callbackDeclined: true, satisfaction: 5 } });
const through = (d: CallDraft, steps: ((d: CallDraft) => CallDraft)[]) => steps.reduce((draft, fill, i) => completeStage(fill(draft), t0 + (i + 1) * 60_000), d);

describe('the call stage machine', () => {
  it('starts at greet with a valid draft', () => {
    expect(callDraftSchema.parse(fresh())).toEqual(fresh());
    expect(fresh().stage).toBe('greet');
  });

  it('starts a callback about an existing case with its customer already linked, so greet is open at once', () => {
    const callback = newCallDraft({ id: 'call-2', now: t0, channel: 'phone', callerNumber: null, caseId: 'case-1', caller: { mode: 'linked', customerId: 'cu1', name: '王建国', salutation: 'mr' } });
    expect(callDraftSchema.parse(callback)).toEqual(callback);
    expect(callback).toMatchObject({ stage: 'greet', caseId: 'case-1', caller: { mode: 'linked', customerId: 'cu1' } });
    expect(gateOf(callback, 'greet')).toEqual(['identityVerified']);
    expect(fresh()).toMatchObject({ caseId: null, caller: null });
  });

  it('greet: needs a linked, new (with name and valid phone) or anonymous caller; verification when the policy asks', () => {
    expect(gateOf(fresh(), 'greet')).toEqual(['callerChosen']);
    expect(gateOf(linked(fresh()), 'greet')).toEqual([]);
    expect(gateOf({ ...fresh(), caller: { mode: 'anonymous' } }, 'greet')).toEqual([]);
    expect(gateOf({ ...fresh(), caller: { mode: 'new', name: ' ', phone: '12', salutation: null } }, 'greet')).toEqual(['newCallerName', 'newCallerPhone']);
    expect(gateOf({ ...fresh(), caller: { mode: 'new', name: '赵敏', phone: '021-6666 8888', salutation: 'ms' } }, 'greet')).toEqual([]);
    const unchecked = { ...linked(fresh()), verified: false, verification: null };
    expect(gateOf(unchecked, 'greet')).toEqual(['identityVerified']);
    expect(gateOf(unchecked, 'greet', { ...defaultGatePolicy, requireVerified: false })).toEqual([]);
    expect(gateOf({ ...unchecked, verified: true }, 'greet')).toEqual([]);
    expect(gateOf({ ...fresh(), caller: { mode: 'anonymous' } }, 'greet')).toEqual([]);
  });

  it('confirm: needs category, summary and the confirmed restatement (unless the policy relaxes it)', () => {
    const d = linked(fresh());
    expect(gateOf(d, 'confirm')).toEqual(['category', 'summary', 'restated']);
    expect(gateOf(confirmed(d), 'confirm')).toEqual([]);
    const unconfirmed = { ...confirmed(d), confirm: { ...confirmed(d).confirm, restated: false } };
    expect(gateOf(unconfirmed, 'confirm')).toEqual(['restated']);
    expect(gateOf(unconfirmed, 'confirm', { ...defaultGatePolicy, requireRestatement: false })).toEqual([]);
  });

  it('solve: needs a solution or an open escalation/transfer; approval for promises beyond authority', () => {
    const d = confirmed(linked(fresh()));
    expect(gateOf(d, 'solve')).toEqual(['solutionOrCollaboration']);
    expect(gateOf(solved(d), 'solve')).toEqual([]);
    const escalated = { ...d, solve: { ...d.solve, collaboration: { kind: 'escalate' as const, target: '售后二线 陈工', feedbackMinutes: 15, note: '', at: t0 } } };
    expect(gateOf(escalated, 'solve')).toEqual([]);
    const beyond = { ...solved(d), solve: { ...solved(d).solve, beyondAuthority: true } };
    expect(gateOf(beyond, 'solve')).toEqual(['approvalRequested']);
    expect(gateOf({ ...beyond, solve: { ...beyond.solve, approvalRequestedAt: t0 } }, 'solve')).toEqual([]);
  });

  it('solve: a complex issue must be escalated, with a 5-minute clock from the confirm stage', () => {
    let d = linked(fresh());
    d = completeStage(d, t0 + 1000);
    d = completeStage({ ...confirmed(d), confirm: { ...confirmed(d).confirm, needsCollaboration: true } }, t0 + 2000);
    expect(d.stage).toBe('solve');
    expect(d.solve.collaborationDueAt).toBe(t0 + 2000 + COLLABORATION_WITHIN_MS);
    expect(gateOf(solved(d), 'solve')).toEqual(['escalationRequired']);
  });

  it('follow-up: needs the solved answer, a callback or its refusal, and the survey asked', () => {
    const d = solved(confirmed(linked(fresh())));
    expect(gateOf(d, 'followUp')).toEqual(['solvedAnswered', 'callbackOrDeclined', 'surveyAsked']);
    expect(gateOf(followedUp(d), 'followUp')).toEqual([]);
    const declinedSurvey = { ...d, followUp: { ...d.followUp, solved: true, callback: { kind: 'callback' as const, dueAt: t0 + 86_400_000, note: '' }, surveyDeclined: true } };
    expect(gateOf(declinedSurvey, 'followUp')).toEqual([]);
    expect(gateOf({ ...d, followUp: { ...d.followUp, solved: true, callbackDeclined: true } }, 'followUp', { ...defaultGatePolicy, requireSurvey: false })).toEqual([]);
  });

  it('record: needs a disposition and, on the phone, the talk ended', () => {
    const d = fresh();
    expect(gateOf(d, 'record')).toEqual(['disposition', 'talkEnded']);
    expect(gateOf({ ...d, channel: 'walkIn', record: { ...d.record, disposition: 'resolved' } }, 'record')).toEqual([]);
  });

  it('a required checklist blocks until every item of the stage is ticked', () => {
    const policy = { ...defaultGatePolicy, requireChecklist: true };
    const d = linked(fresh());
    expect(gateOf(d, 'greet', policy, ['company', 'identity'])).toEqual(['checklist']);
    expect(gateOf({ ...d, checklist: { 'greet.company': true, 'greet.identity': true } }, 'greet', policy, ['company', 'identity'])).toEqual([]);
  });

  it('moves forward only through open gates, timestamping each completion', () => {
    expect(() => completeStage(fresh(), t0)).toThrow(GateClosedError);
    const d = through(fresh(), [linked, confirmed, solved, followedUp]);
    expect(d.stage).toBe('record');
    expect(d.completed).toEqual([
      { stage: 'greet', at: t0 + 60_000 },
      { stage: 'confirm', at: t0 + 120_000 },
      { stage: 'solve', at: t0 + 180_000 },
      { stage: 'followUp', at: t0 + 240_000 },
    ]);
    expect(statusAfterCall(d)).toBe('resolved');
  });

  it('goes back to any stage and forward again only as far as it had reached', () => {
    const d = through(fresh(), [linked, confirmed]);
    expect(goToStage(d, 'greet', t0).stage).toBe('greet');
    expect(goToStage(goToStage(d, 'greet', t0), 'solve', t0).stage).toBe('solve');
    expect(goToStage(d, 'record', t0).stage).toBe('solve');
    expect(goToStage(d, 'greet', t0).confirm.summary).toBe('冰箱送达三天不制冷');
  });

  it('"not solved" at follow-up returns to solve, raises priority and requires an escalation within 5 minutes', () => {
    const d = through(fresh(), [linked, confirmed, solved]);
    const back = completeStage({ ...d, followUp: { ...d.followUp, solved: false, callbackDeclined: true, surveyDeclined: true } }, t0 + 600_000);
    expect(back.stage).toBe('solve');
    expect(back.priority).toBe('high');
    expect(back.solve.mustEscalate).toBe(true);
    expect(back.solve.collaborationDueAt).toBe(t0 + 600_000 + COLLABORATION_WITHIN_MS);
    expect(gateOf(back, 'solve')).toEqual(['escalationRequired']);
    expect(notSolved({ ...back, priority: 'urgent' }, t0).priority).toBe('urgent');
    const transferred = { ...back, solve: { ...back.solve, collaboration: { kind: 'transfer' as const, target: '技术部', reason: '', waitSeconds: 60, note: '', at: t0 } } };
    expect(statusAfterCall(transferred)).toBe('transferred');
    expect(gateOf(transferred, 'solve')).toEqual(['escalationRequired']);
  });
});

describe('the confirm gate and order numbers', () => {
  it('accepts any order number while typing, but not an invalid one at the gate', () => {
    const d = confirmed(linked(fresh()));
    expect(callDraftSchema.safeParse({ ...d, confirm: { ...d.confirm, orderNo: 'S' } }).success).toBe(true);
    expect(gateOf({ ...d, confirm: { ...d.confirm, orderNo: 'S' } }, 'confirm')).toEqual(['orderNo']);
    expect(gateOf({ ...d, confirm: { ...d.confirm, orderNo: 'SO-2026-110087' } }, 'confirm')).toEqual([]);
  });
});
