import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCase } from '../../../src/main/actions/caseActions';
import { callForScoring } from '../../../src/main/actions/qualityEvidence';
import { addImprovementAction, finishImprovementAction, scoreCall, stepEvaluation } from '../../../src/main/actions/qualityEvaluations';
import { qualityQueue, qualityReport, saveScorecard } from '../../../src/main/actions/qualityQueue';
import { saveWrapUp } from '../../../src/main/actions/saveWrapUp';
import { leadScopeOf } from '../../../src/main/reports/reportAccess';
import type { Actor } from '../../../src/main/store/actor';
import type { WritableDB } from '../../../src/main/store/db';
import { openDatabase } from '../../../src/main/store/openDatabase';
import { defaultScorecard } from '../../../src/shared/domain/quality/scorecard';
import { AppError } from '../../../src/shared/result';
import type { ScoreCallInput } from '../../../src/shared/schemas/quality';
import { fingerprint } from '../../support/dbFingerprint';
import { makeTempDir } from '../../support/tempDir';
import { sampleWrapUp } from '../../support/wrapUpFixture';

let temp: ReturnType<typeof makeTempDir>;
let db: WritableDB;
const T0 = Date.UTC(2026, 10, 24, 2, 0); // Tuesday 10:00 in Shanghai
const HOUR = 3_600_000;
const agent: Actor = { agentId: 'a1', role: 'agent' };
const colleague: Actor = { agentId: 'a2', role: 'agent' };
const lead: Actor = { agentId: 'l1', role: 'lead' };
const otherLead: Actor = { agentId: 'l2', role: 'lead' };
const ctx = (actor: Actor, now = T0 + HOUR) => ({ now, actor, branchCode: 'SH01', utcOffsetMinutes: 480 });

beforeEach(() => {
  temp = makeTempDir();
  db = openDatabase(join(temp.dir, 'store.db'));
  db.exec(`INSERT INTO branches (id, code, name) VALUES ('b1', 'SH01', '上海一部');
           INSERT INTO teams (id, branch_id, name) VALUES ('t1', 'b1', '售后一组'), ('t2', 'b1', '售后二组');
           INSERT INTO agents (id, number, name, role, branch_id, team_id) VALUES
             ('a1', '8001', '李明', 'agent', 'b1', 't1'), ('a2', '8002', '赵静', 'agent', 'b1', 't1'),
             ('l1', '8101', '王芳', 'lead', 'b1', 't1'), ('l2', '8102', '孙伟', 'lead', 'b1', 't2');`);
});
afterEach(() => {
  db.close();
  temp.cleanup();
});

function savedCall(overrides: Record<string, unknown> = {}, by: Actor = agent, at = T0): string {
  const caseId = createCase(db, { customerName: '王女士', customerPhone: '13812345678', channel: 'phone', subject: '洗衣机漏水', scenario: 'afterSales' } as never, ctx(by, at));
  return saveWrapUp(db, sampleWrapUp(caseId, at, overrides), ctx(by, at)).callId;
}
const scope = (actor: Actor) => leadScopeOf(db, actor);
const allMet = (callId: string): ScoreCallInput => ({ callId, marks: defaultScorecard.criteria.map((c) => ({ criterionId: c.id, mark: 'met', overrideReason: '', note: '' })) });
const errorOf = (fn: () => unknown): AppError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
};

describe('a lead scores a saved call with its evidence', () => {
  it('shows the evidence and pre-fills criteria from it', () => {
    const callId = savedCall();
    const forScoring = callForScoring(db, scope(lead), callId, T0 + HOUR);
    expect(forScoring.evidence).toMatchObject({ callId, agentName: '李明', surveyScore: 5, holdSeconds: 0 });
    expect(forScoring.evidence.stages.every((s) => s.completedAt !== null)).toBe(true);
    expect(forScoring.scorecard.version).toBe(1);
    const marks = Object.fromEntries(forScoring.suggestions.map((s) => [s.criterionId, s.prefilled]));
    // No identity check recorded on this wrap-up, no hold.
    expect(marks).toMatchObject({ greeting: 'met', identity: 'missed', hold: 'na', closing: 'met' });
    expect(forScoring.evaluation).toBeNull();
  });

  it('refuses marks that override the evidence without a reason, or leave criteria out; nothing is stored', () => {
    const callId = savedCall();
    const before = fingerprint(db);
    const overridden = errorOf(() => scoreCall(db, scope(lead), allMet(callId), ctx(lead)));
    expect(overridden.code).toBe('validation');
    expect(overridden.issues).toEqual(expect.arrayContaining([{ path: 'marks.identity.overrideReason', key: 'overrideReasonRequired' }, { path: 'marks.hold.overrideReason', key: 'overrideReasonRequired' }]));
    const partial = errorOf(() => scoreCall(db, scope(lead), { callId, marks: [] }, ctx(lead)));
    expect(partial.issues).toContainEqual({ path: 'marks.greeting', key: 'required' });
    const unknown = errorOf(() => scoreCall(db, scope(lead), { ...allMet(callId), marks: [...allMet(callId).marks, { criterionId: 'nope', mark: 'met', overrideReason: '', note: '' }] }, ctx(lead)));
    expect(unknown.issues).toContainEqual({ path: 'marks.nope', key: 'invalid' });
    expect(fingerprint(db)).toEqual(before);
  });

  it('stores the weighted score with the card version, a scored event and one outbox mutation', () => {
    const callId = savedCall();
    // The reviewed recording: every mark that differs from the evidence says so.
    const marks = allMet(callId).marks.map((m) => ({ ...m, overrideReason: '复核录音' })).map((m) =>
      m.criterionId === 'identity' ? { ...m, mark: 'missed' as const } : m.criterionId === 'hold' ? { ...m, mark: 'na' as const } : m.criterionId === 'language' ? { ...m, mark: 'partial' as const, overrideReason: '语气生硬' } : m,
    );
    const evaluation = scoreCall(db, scope(lead), { callId, marks }, ctx(lead));
    // weights: 100 − hold 10 = 90 apply; identity 15 missed, language 15 half → (90 − 15 − 7.5) / 90 = 75.0
    expect(evaluation).toMatchObject({ callId, agentId: 'a1', agentName: '李明', scoredBy: 'l1', scorerName: '王芳', scorecardVersion: 1, score: 75, state: 'scored' });
    expect(evaluation.marks.find((m) => m.criterionId === 'language')).toMatchObject({ mark: 'partial', prefilled: 'met', overrideReason: '语气生硬' });
    expect(evaluation.events.map((e) => e.kind)).toEqual(['scored']);
    expect(db.prepare("SELECT count(*) FROM outbox WHERE name = 'quality.score'").pluck().get()).toBe(1);
  });

  it('a lead scores only calls of their own team, and never their own', () => {
    const callId = savedCall();
    expect(errorOf(() => callForScoring(db, scope(otherLead), callId, T0)).code).toBe('forbidden');
    expect(errorOf(() => scoreCall(db, scope(otherLead), allMet(callId), ctx(otherLead))).code).toBe('forbidden');
    expect(errorOf(() => scope(agent)).code).toBe('forbidden');
    const own = savedCall({}, lead);
    expect(errorOf(() => scoreCall(db, scope(lead), allMet(own), ctx(lead))).code).toBe('forbidden');
  });
});

describe('the agent acknowledges or disputes, the lead answers', () => {
  function scored(): string {
    const callId = savedCall();
    const marks = callForScoring(db, scope(lead), callId, T0 + HOUR).suggestions.map(({ criterionId, prefilled }) => ({ criterionId, mark: prefilled ?? 'na', overrideReason: '', note: '' }));
    return scoreCall(db, scope(lead), { callId, marks }, ctx(lead)).id;
  }

  it('runs dispute → answer → acknowledge on one timeline, and refuses the wrong person or order', () => {
    const id = scored();
    expect(errorOf(() => stepEvaluation(db, colleague, 'disputed', { evaluationId: id, comment: '不对' }, ctx(colleague))).code).toBe('forbidden');
    expect(errorOf(() => stepEvaluation(db, agent, 'disputed', { evaluationId: id, comment: '  ' }, ctx(agent))).issues).toEqual([{ path: 'comment', key: 'required' }]);
    expect(errorOf(() => stepEvaluation(db, lead, 'answered', { evaluationId: id, comment: '说明' }, ctx(lead), scope(lead))).code).toBe('invalid_transition');
    const disputed = stepEvaluation(db, agent, 'disputed', { evaluationId: id, comment: '客户拒绝提供身份信息' }, ctx(agent, T0 + 2 * HOUR));
    expect(disputed.state).toBe('disputed');
    expect(errorOf(() => stepEvaluation(db, agent, 'answered', { evaluationId: id, comment: '自己答' }, ctx(agent))).code).toBe('forbidden');
    stepEvaluation(db, lead, 'answered', { evaluationId: id, comment: '已复核：应记录“未核实”' }, ctx(lead, T0 + 3 * HOUR), scope(lead));
    const done = stepEvaluation(db, agent, 'acknowledged', { evaluationId: id, comment: '' }, ctx(agent, T0 + 4 * HOUR));
    expect(done.state).toBe('acknowledged');
    expect(done.events.map((e) => [e.kind, e.actorName, e.comment])).toEqual([
      ['scored', '王芳', ''],
      ['disputed', '李明', '客户拒绝提供身份信息'],
      ['answered', '王芳', '已复核：应记录“未核实”'],
      ['acknowledged', '李明', ''],
    ]);
    expect(errorOf(() => stepEvaluation(db, agent, 'disputed', { evaluationId: id, comment: '再议' }, ctx(agent))).code).toBe('invalid_transition');
    expect(errorOf(() => scoreCall(db, scope(lead), allMet(done.callId), ctx(lead))).code).toBe('invalid_transition');
  });

  it('tracks improvement actions to done; a due date in the past is refused', () => {
    const id = scored();
    expect(errorOf(() => addImprovementAction(db, scope(lead), { evaluationId: id, criterionId: 'identity', text: '复习身份核实流程', dueAt: T0 }, ctx(lead))).issues).toEqual([{ path: 'dueAt', key: 'inPast' }]);
    const withAction = addImprovementAction(db, scope(lead), { evaluationId: id, criterionId: 'identity', text: '复习身份核实流程', dueAt: T0 + 72 * HOUR }, ctx(lead));
    expect(withAction.actions).toMatchObject([{ state: 'open', text: '复习身份核实流程', agentName: '李明' }]);
    const finished = finishImprovementAction(db, scope(lead), withAction.actions[0]!.id, ctx(lead, T0 + 48 * HOUR));
    expect(finished.actions[0]).toMatchObject({ state: 'done', doneAt: T0 + 48 * HOUR });
    expect(errorOf(() => finishImprovementAction(db, scope(lead), withAction.actions[0]!.id, ctx(lead))).code).toBe('conflict');
  });
});

describe('the queue, the report and scorecard versions', () => {
  it('queues the week’s sampled calls, every complaint and every low survey, with their evaluation', () => {
    const calls = [0, 1, 2, 3].map((i) => savedCall({}, agent, T0 + i * HOUR));
    const low = savedCall({ satisfaction: { score: 1, comment: '不满意' } }, agent, T0 + 5 * HOUR);
    const queue = qualityQueue(db, scope(lead), T0, 2);
    expect(queue.items.filter((i) => i.reasons.includes('random'))).toHaveLength(2);
    expect(queue.items.find((i) => i.callId === low)?.reasons).toContain('lowSurvey');
    expect(qualityQueue(db, scope(lead), T0, 2)).toEqual(queue);
    expect(qualityQueue(db, scope(lead), T0 + 7 * 24 * HOUR, 2).items).toEqual([]);
    expect(qualityQueue(db, scope(otherLead), T0, 2).items).toEqual([]);
    const picked = queue.items[0]!.callId;
    const marks = callForScoring(db, scope(lead), picked, T0 + HOUR).suggestions.map(({ criterionId, prefilled }) => ({ criterionId, mark: prefilled ?? 'na', overrideReason: '', note: '' }));
    const evaluation = scoreCall(db, scope(lead), { callId: picked, marks }, ctx(lead));
    expect(qualityQueue(db, scope(lead), T0, 2).items[0]).toMatchObject({ callId: picked, evaluationId: evaluation.id, score: evaluation.score });
    expect(calls).toHaveLength(4);
  });

  it('reports per agent and team, and the most missed criteria', () => {
    for (const i of [0, 1]) {
      const callId = savedCall({}, agent, T0 + i * HOUR);
      const marks = callForScoring(db, scope(lead), callId, T0 + HOUR).suggestions.map(({ criterionId, prefilled }) => ({ criterionId, mark: prefilled ?? 'na', overrideReason: '', note: '' }));
      scoreCall(db, scope(lead), { callId, marks }, ctx(lead));
    }
    const report = qualityReport(db, scope(lead), T0, T0 + 24 * HOUR);
    expect(report.agents).toHaveLength(1);
    expect(report.agents[0]).toMatchObject({ agentId: 'a1', evaluations: 2 });
    expect(report.team.evaluations).toBe(2);
    expect(report.missed[0]).toEqual({ criterionId: 'identity', missed: 2, partial: 0 });
    expect(qualityReport(db, scope(otherLead), T0, T0 + 24 * HOUR).team.evaluations).toBe(0);
  });

  it('a new scorecard version applies to calls begun after it takes effect, never to earlier ones', () => {
    const criteria = [{ ...defaultScorecard.criteria[0]!, weight: 100 }];
    expect(errorOf(() => saveScorecard(db, scope(lead), { effectiveFrom: T0, criteria }, ctx(lead, T0 + HOUR))).issues).toEqual([{ path: 'effectiveFrom', key: 'inPast' }]);
    const v2 = saveScorecard(db, scope(lead), { effectiveFrom: T0 + 2 * HOUR, criteria }, ctx(lead, T0 + HOUR));
    expect(v2.version).toBe(2);
    const before = savedCall({}, agent, T0);
    const after = savedCall({}, agent, T0 + 3 * HOUR);
    expect(callForScoring(db, scope(lead), before, T0 + 4 * HOUR).scorecard.version).toBe(1);
    expect(callForScoring(db, scope(lead), after, T0 + 4 * HOUR).scorecard).toMatchObject({ version: 2, criteria: [{ id: 'greeting', weight: 100 }] });
  });
});
