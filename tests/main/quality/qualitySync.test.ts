import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, describe, expect, it } from 'vitest';
import { createCase } from '../../../src/main/actions/caseActions';
import { saveWrapUp } from '../../../src/main/actions/saveWrapUp';
import type { MainServices } from '../../../src/main/services';
import type { Actor } from '../../../src/main/store/actor';
import { insertEvaluationEvent } from '../../../src/main/store/quality/evaluationEvents';
import { insertEvaluation, moveEvaluationState } from '../../../src/main/store/quality/evaluationRows';
import { appendMutation } from '../../../src/main/store/sync/outbox';
import type { CallForScoring, EvaluationDetail, QualityEvaluation } from '../../../src/shared/schemas/quality';
import type { SignedInAgent } from '../../../src/shared/schemas/sync';
import { eventually } from '../../support/noticeListener';
import { serverDesktop, serverWithOrg, signIn } from '../../support/serverDesktops';
import { sampleWrapUp } from '../../support/wrapUpFixture';

type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string; issues?: { path: string; key: string }[] } };
const call = async <T>(services: MainServices, channel: string, payload?: unknown) => (await services.dispatch(channel, payload)) as Reply<T>;
const value = <T>(reply: Reply<T>): T => {
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
  return reply.value;
};

/** A call the agent saved on their own desktop (as the call screen's save does), synced. */
async function savedCallOn(desk: MainServices, agent: SignedInAgent): Promise<string> {
  const db = desk.rawDb();
  const actor: Actor = { agentId: agent.id, role: agent.role, placement: { branchId: agent.branchId, teamId: agent.teamId } };
  const now = Date.now();
  const ctx = { now, actor, branchCode: 'SH01', utcOffsetMinutes: 480 };
  const caseId = createCase(db, { customerName: '王女士', customerPhone: '13812345678', channel: 'phone', subject: '洗衣机漏水', scenario: 'complaint' } as never, ctx);
  const { callId } = saveWrapUp(db, sampleWrapUp(caseId, now - 600_000, { satisfaction: { score: 2, comment: '等太久' } }), ctx);
  await desk.sync().syncNow();
  return callId;
}

const rejectedErrors = (desk: MainServices) => desk.rawDb().prepare("SELECT last_error FROM outbox WHERE state = 'rejected' ORDER BY seq").pluck().all() as string[];

describe('quality evaluation across desktops, through the real sync server', () => {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  async function twoDesks() {
    const server = await serverWithOrg();
    cleanups.push(() => server.close());
    const dirs = ['agent', 'lead'].map((n) => join(server.temp.dir, n));
    dirs.forEach((d) => mkdirSync(d));
    const agentDesk = serverDesktop(dirs[0]!, server.url);
    const leadDesk = serverDesktop(dirs[1]!, server.url);
    cleanups.push(() => agentDesk.close(), () => leadDesk.close());
    const agent = await signIn(agentDesk, '1001');
    const lead = await signIn(leadDesk, '1002');
    return { agentDesk, leadDesk, agent, lead };
  }

  it('the lead scores the agent’s call on the lead’s desktop; the agent disputes on theirs; the lead answers', async () => {
    const { agentDesk, leadDesk, agent } = await twoDesks();
    const callId = await savedCallOn(agentDesk, agent);
    const queued = await eventually(async () => {
      await leadDesk.sync().syncNow();
      const queue = await call<{ items: { callId: string; reasons: string[] }[] }>(leadDesk, 'quality:queue', { at: Date.now() });
      return queue.ok && queue.value.items.find((i) => i.callId === callId);
    }, 30_000, 'the call in the lead’s queue');
    expect(queued.reasons).toEqual(expect.arrayContaining(['complaint', 'lowSurvey']));

    const forScoring = value(await call<CallForScoring>(leadDesk, 'quality:callForScoring', { callId }));
    expect(forScoring.evidence).toMatchObject({ callId, agentName: '李明', surveyScore: 2 });
    const marks = forScoring.suggestions.map(({ criterionId, prefilled }) => ({ criterionId, mark: prefilled ?? 'na', overrideReason: '', note: '' }));
    const scored = value(await call<EvaluationDetail>(leadDesk, 'quality:score', { callId, marks }));
    // The agent cannot score, even their own call.
    expect(await call(agentDesk, 'quality:score', { callId, marks })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const mine = await eventually(async () => {
      await agentDesk.sync().syncNow();
      return value(await call<QualityEvaluation[]>(agentDesk, 'quality:mine')).find((e) => e.id === scored.id);
    }, 30_000, 'the evaluation on the agent’s desktop');
    expect(mine).toMatchObject({ score: scored.score, scorerName: '王芳', state: 'scored' });
    value(await call(agentDesk, 'quality:dispute', { evaluationId: scored.id, comment: '客户不愿核实身份，已按流程记录' }));

    const disputed = await eventually(async () => {
      await agentDesk.sync().syncNow();
      await leadDesk.sync().syncNow();
      const seen = value(await call<EvaluationDetail>(leadDesk, 'quality:evaluation', { evaluationId: scored.id }));
      return seen.state === 'disputed' && seen;
    }, 30_000, 'the dispute on the lead’s desktop');
    expect(disputed.events.map((e) => e.kind)).toEqual(['scored', 'disputed']);
    value(await call(leadDesk, 'quality:answer', { evaluationId: scored.id, comment: '同意，身份一项改为不适用' }));
    const answered = await eventually(async () => {
      await leadDesk.sync().syncNow();
      await agentDesk.sync().syncNow();
      const seen = value(await call<EvaluationDetail>(agentDesk, 'quality:evaluation', { evaluationId: scored.id }));
      return seen.state === 'answered' && seen;
    }, 30_000, 'the answer on the agent’s desktop');
    expect(answered.events.map((e) => [e.kind, e.actorName])).toEqual([
      ['scored', '王芳'],
      ['disputed', '李明'],
      ['answered', '王芳'],
    ]);
    expect(rejectedErrors(agentDesk)).toEqual([]);
    expect(rejectedErrors(leadDesk)).toEqual([]);
  });

  it('the server refuses hostile pushes: an agent scoring, a lead disputing for the agent, an agent answering', async () => {
    const { agentDesk, leadDesk, agent, lead } = await twoDesks();
    const callId = await savedCallOn(agentDesk, agent);
    await eventually(async () => {
      await leadDesk.sync().syncNow();
      return (await call(leadDesk, 'quality:callForScoring', { callId })).ok;
    }, 30_000, 'the call on the lead’s desktop');
    const agentDb = agentDesk.rawDb();
    const caseId = agentDb.prepare('SELECT case_id FROM calls WHERE id = ?').pluck().get(callId) as string;

    // 1. The agent's desktop forges a score for the agent's own call.
    const forged = uuidv7();
    agentDb.transaction(() => {
      insertEvaluation(agentDb, { id: forged, callId, caseId, agentId: agent.id, scoredBy: agent.id, scorecardId: 'builtin-call-quality', scorecardVersion: 1, marks: [], score: 100, at: Date.now() });
      appendMutation(agentDb, 'quality.score', { evaluationId: forged }, Date.now());
    })();
    const first = await eventually(async () => {
      await agentDesk.sync().syncNow();
      const errors = rejectedErrors(agentDesk);
      return errors.length >= 1 && errors;
    }, 30_000, 'forged score refused');
    expect(first).toEqual([expect.stringMatching(/^forbiddenRole/)]);

    // A real evaluation by the lead, pulled by the agent.
    const marks = value(await call<CallForScoring>(leadDesk, 'quality:callForScoring', { callId })).suggestions.map(({ criterionId, prefilled }) => ({ criterionId, mark: prefilled ?? 'na', overrideReason: '', note: '' }));
    const scored = value(await call<EvaluationDetail>(leadDesk, 'quality:score', { callId, marks }));
    await eventually(async () => {
      await leadDesk.sync().syncNow();
      await agentDesk.sync().syncNow();
      return value(await call<QualityEvaluation[]>(agentDesk, 'quality:mine')).some((e) => e.id === scored.id);
    }, 30_000, 'the evaluation on the agent’s desktop');

    // 2. The lead's desktop records a dispute in the agent's name... as the lead.
    const leadDb = leadDesk.rawDb();
    leadDb.transaction(() => {
      moveEvaluationState(leadDb, scored.id, 'scored', 'disputed', Date.now());
      insertEvaluationEvent(leadDb, { id: uuidv7(), evaluationId: scored.id, kind: 'disputed', actorId: lead.id, at: Date.now(), comment: '替坐席申诉' });
      appendMutation(leadDb, 'quality.disputed', { evaluationId: scored.id }, Date.now());
    })();
    const second = await eventually(async () => {
      await leadDesk.sync().syncNow();
      const errors = rejectedErrors(leadDesk);
      return errors.length >= 1 && errors;
    }, 30_000, 'dispute by the lead refused');
    expect(second).toEqual([expect.stringMatching(/^forbiddenRole/)]);

    // 3. The agent's desktop answers its own evaluation as if a lead.
    agentDb.transaction(() => {
      moveEvaluationState(agentDb, scored.id, 'scored', 'answered', Date.now());
      appendMutation(agentDb, 'quality.answered', { evaluationId: scored.id }, Date.now());
    })();
    const third = await eventually(async () => {
      await agentDesk.sync().syncNow();
      const errors = rejectedErrors(agentDesk);
      return errors.length >= 2 && errors;
    }, 30_000, 'answer by the agent refused');
    expect(third[1]).toMatch(/^(forbiddenRole|invalidRow)/);
  });
});
