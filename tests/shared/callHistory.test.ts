import { describe, expect, it } from 'vitest';
import { collaborationsOf, feedbackDueAt, recordCollaboration, recordVerification, transferCheckDueAt } from '../../src/shared/domain/callHistory';
import { completeStage, gateOf, goToStage, identityDisclosed, newCallDraft, statusAfterCall } from '../../src/shared/domain/callFlow';
import { scriptFor } from '../../src/shared/domain/scripts/defaultScripts';
import { fillLine, lineText } from '../../src/shared/domain/scripts/fillScript';
import { callPlaceholderValues, waitWords } from '../../src/shared/domain/scripts/callPlaceholders';
import { lineContextOf, linesFor } from '../../src/shared/domain/scripts/scriptAudience';
import { callDraftSchema, type CallDraft, type Escalation, type Transfer } from '../../src/shared/schemas/callDraft';

const t0 = Date.UTC(2026, 11, 5, 2, 0);
const min = 60_000;
const escalation = (at: number, target = '投诉专员 刘敏'): Escalation => ({ kind: 'escalate', target, feedbackMinutes: 120, note: '客户要求当天答复', at });
const transfer = (at: number): Transfer => ({ kind: 'transfer', target: '技术支持组', reason: '需要远程调试', waitSeconds: 90, note: '', at });

/** A complaint call at the solve stage: known caller (identity checked), confirmed. */
function atSolve(): CallDraft {
  let d = newCallDraft({ id: 'call-h', now: t0, channel: 'phone', callerNumber: '13812345678', scenario: 'complaint' });
  d = recordVerification({ ...d, caller: { mode: 'linked', customerId: 'cu1', name: '王建国', salutation: 'mr' } }, 'phoneMatch', t0 + 10_000);
  d = completeStage(d, t0 + min);
  d = completeStage({ ...d, confirm: { ...d.confirm, category: 'complaintSuggestion', summary: '冰箱送达三天不制冷', restated: true } }, t0 + 2 * min);
  return d;
}
const answer = (d: CallDraft, solved: boolean): CallDraft => ({ ...d, followUp: { ...d.followUp, solved, surveyDeclined: true } });

describe('append-only call history', () => {
  it('"not solved" after an escalation keeps the escalation (target and handover note) and goes on to record as escalated', () => {
    let d = recordCollaboration({ ...atSolve(), solve: { ...atSolve().solve, solution: '先致歉，已登记' } }, escalation(t0 + 3 * min), t0 + 3 * min);
    d = completeStage(d, t0 + 4 * min);
    expect(d.stage).toBe('followUp');
    d = completeStage(answer(d, false), t0 + 5 * min);
    expect(d.stage).toBe('record');
    expect(d.solve.collaboration).toEqual(escalation(t0 + 3 * min));
    expect(collaborationsOf(d)).toEqual([escalation(t0 + 3 * min)]);
    expect(d.history.filter((a) => a.act === 'notSolved')).toEqual([{ act: 'notSolved', next: 'record', at: t0 + 5 * min }]);
    expect(statusAfterCall(d)).toBe('escalated');
    expect(feedbackDueAt(escalation(t0 + 3 * min))).toBe(t0 + 123 * min);
    expect(gateOf({ ...d, record: { ...d.record, disposition: 'escalated' }, talkEndedAt: t0 + 6 * min }, 'record')).toEqual([]);
    expect(callDraftSchema.parse(d)).toEqual(d);
  });

  it('does not loop: a failed transfer goes back to solve, which then needs an escalation, and nothing is lost on the way', () => {
    let d = recordCollaboration(atSolve(), transfer(t0 + 3 * min), t0 + 3 * min);
    d = completeStage(d, t0 + 4 * min);
    d = completeStage(answer(d, false), t0 + 5 * min);
    expect(d.stage).toBe('solve');
    expect(gateOf(d, 'solve')).toEqual(['escalationRequired']);
    d = recordCollaboration(d, escalation(t0 + 6 * min), t0 + 6 * min);
    d = completeStage(d, t0 + 7 * min);
    d = completeStage(answer(d, false), t0 + 8 * min);
    expect(d.stage).toBe('record');
    expect(collaborationsOf(d)).toEqual([transfer(t0 + 3 * min), escalation(t0 + 6 * min)]);
    expect(d.history.filter((a) => a.act === 'notSolved').map((a) => a.at)).toEqual([t0 + 5 * min, t0 + 8 * min]);
    expect(statusAfterCall(d)).toBe('escalated');
  });

  it('records every solution tried and every stage visited; going back removes nothing', () => {
    let d = atSolve();
    d = completeStage({ ...d, solve: { ...d.solve, solution: '重启冰箱' } }, t0 + 3 * min);
    d = goToStage(d, 'solve', t0 + 4 * min);
    d = completeStage({ ...d, solve: { ...d.solve, solution: '安排上门检测' } }, t0 + 5 * min);
    expect(d.history.filter((a) => a.act === 'solution').map((a) => a.act === 'solution' && a.solution)).toEqual(['重启冰箱', '安排上门检测']);
    expect(d.history.filter((a) => a.act === 'stage').map((a) => a.act === 'stage' && a.stage)).toEqual(['confirm', 'solve', 'followUp', 'solve', 'followUp']);
  });

  it('a transfer solved by the receiving team resolves the case; its check-up is due after the wait', () => {
    let d = recordCollaboration(atSolve(), transfer(t0 + 3 * min), t0 + 3 * min);
    d = completeStage(d, t0 + 4 * min);
    expect(statusAfterCall(answer(d, true))).toBe('resolved');
    expect(statusAfterCall(d)).toBe('transferred');
    expect(transferCheckDueAt(transfer(t0))).toBe(t0 + 90_000 + 60 * min);
  });

  it('reads a draft saved before transfers had their own fields', () => {
    const d = atSolve();
    const old = { ...d, solve: { ...d.solve, collaboration: { kind: 'transfer', target: '技术部', feedbackMinutes: 2, note: '', at: t0 } } };
    expect(callDraftSchema.parse(old).solve.collaboration).toEqual({ kind: 'transfer', target: '技术部', reason: '', waitSeconds: 120, note: '', at: t0 });
  });
});

describe('identity', () => {
  it('a known caller must be verified (or marked not verified) before greet completes; account details only when verified', () => {
    const d = { ...newCallDraft({ id: 'c', now: t0, channel: 'phone', callerNumber: null }), caller: { mode: 'linked' as const, customerId: 'cu1', name: '王建国', salutation: null } };
    expect(gateOf(d, 'greet')).toEqual(['identityVerified']);
    expect(identityDisclosed(d)).toBe(false);
    const refused = recordVerification(d, 'notVerified', t0 + 1);
    expect(gateOf(refused, 'greet')).toEqual([]);
    expect(identityDisclosed(refused)).toBe(false);
    const checked = recordVerification(refused, 'orderNo', t0 + 2);
    expect(identityDisclosed(checked)).toBe(true);
    expect(checked.verification).toEqual({ method: 'orderNo', at: t0 + 2 });
    expect(checked.history.filter((a) => a.act === 'verification').map((a) => a.act === 'verification' && a.method)).toEqual(['notVerified', 'orderNo']);
  });

  it('a new caller needs no verification against records they do not have', () => {
    const d = { ...newCallDraft({ id: 'c', now: t0, channel: 'phone', callerNumber: null }), caller: { mode: 'new' as const, name: '赵敏', phone: '13900001111', salutation: 'ms' as const } };
    expect(gateOf(d, 'greet')).toEqual([]);
    expect(identityDisclosed(d)).toBe(false);
  });
});

describe('script lines for transfers, escalations and callers', () => {
  const words = { minutes: (n: number) => `${n}分钟`, seconds: (n: number) => `${n}秒` };
  const agent = { companyName: '星河家电', agentName: '李静', agentNumber: '1024' };
  const said = (d: CallDraft, stage: CallDraft['stage']) =>
    linesFor(scriptFor(d.scenario, 'zh-CN').stages[stage].lines, lineContextOf(d)).map((line) => lineText(fillLine(line.text, callPlaceholderValues(d, agent, 'zh-CN', words))));

  it('after an escalation with a 120-minute promise, nothing tells the caller to hold for 120 minutes', () => {
    const d = recordCollaboration(atSolve(), escalation(t0 + 3 * min), t0 + 3 * min);
    const lines = said(d, 'solve');
    expect(lines.join('\n')).not.toContain('等候120分钟');
    expect(lines).toContain('这件事我已经完整交给投诉专员 刘敏跟进，您不用在线等候，120分钟之内会有专人主动联系您，请留意来电。');
    expect(lines.filter((l) => l.includes('为您转接'))).toEqual([]);
  });

  it('a transfer says where and the wait on the line, in seconds or minutes; follow-up asks whether the receiving team solved it', () => {
    const d = recordCollaboration(atSolve(), transfer(t0 + 3 * min), t0 + 3 * min);
    expect(said(d, 'solve')).toContain('这个问题由技术支持组负责处理，我现在为您转接，大约需要等候90秒，请先不要挂断。');
    expect(said(d, 'followUp')).toContain('刚才为您转到了技术支持组，那边的同事已经把问题帮您处理好了吗？');
    expect(waitWords(120, words)).toBe('2分钟');
  });

  it('a stranger is not told their records were found; a known caller is, with their salutation', () => {
    const base = newCallDraft({ id: 'c', now: t0, channel: 'phone', callerNumber: null });
    const stranger = said({ ...base, caller: { mode: 'new', name: '赵敏', phone: '13900001111', salutation: 'ms' } }, 'greet').join('\n');
    expect(stranger).not.toContain('已经查到您的资料');
    expect(stranger).toContain('还没有登记过');
    const known = said({ ...base, caller: { mode: 'linked', customerId: 'cu1', name: '王建国', salutation: 'mr' } }, 'greet').join('\n');
    expect(known).toContain('王先生您好，已经查到您的资料了');
    expect(known).not.toContain('还没有登记过');
    const nobodyYet = said(base, 'greet').join('\n');
    expect(nobodyYet).not.toContain('已经查到您的资料');
  });
});
