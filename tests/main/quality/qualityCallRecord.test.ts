import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { completeStage, newCallDraft } from '../../../src/shared/domain/callFlow';
import { createMainServices, type MainServices } from '../../../src/main/services';
import { memorySettingsBackend } from '../../../src/main/settings/settings';
import type { CallDraft } from '../../../src/shared/schemas/callDraft';
import type { CallForScoring } from '../../../src/shared/schemas/quality';
import { eventually } from '../../support/noticeListener';
import { serverDesktop, serverWithOrg, signIn } from '../../support/serverDesktops';
import { sampleWrapUp } from '../../support/wrapUpFixture';

type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string; issues?: { path: string; key: string }[] } };
const call = async <T>(services: MainServices, channel: string, payload?: unknown) => (await services.dispatch(channel, payload)) as Reply<T>;
const value = <T>(reply: Reply<T>): T => {
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
  return reply.value;
};
const MIN = 60_000;

/** A phone call from a new caller about a leaking washer, every stage completed a minute apart; `ticks` as the call screen keeps them (`stage.itemId`). */
function phoneCall(start: number, ticks: Record<string, boolean>): CallDraft {
  let at = start;
  let d: CallDraft = { ...newCallDraft({ id: 'draft-hold-1', now: at, channel: 'phone', callerNumber: '13700002222' }), checklist: ticks };
  d = completeStage({ ...d, caller: { mode: 'new', name: '刘芳', phone: '13700002222', salutation: 'ms' } }, (at += MIN));
  d = completeStage(
    { ...d, scenario: 'afterSales', confirm: { ...d.confirm, category: 'afterSalesRepair', summary: '洗衣机门封条漏水', keyPoints: '上周起每次洗衣都漏', restated: true, product: '洗衣机', orderNo: '' } },
    (at += MIN),
  );
  d = completeStage({ ...d, solve: { ...d.solve, solution: '安排师傅上门更换门封条' } }, (at += MIN));
  d = completeStage({ ...d, followUp: { ...d.followUp, solved: true, callbackDeclined: true, surveyDeclined: true } }, (at += MIN));
  return { ...d, talkEndedAt: at, record: { disposition: 'resolved', notes: '' } };
}

describe('a call’s record for the lead who scores it on another desktop (质检)', () => {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it('the checklist ticks and the holds of a call saved on the agent’s desktop reach the lead’s evidence through the server', async () => {
    const server = await serverWithOrg();
    cleanups.push(() => server.close());
    const dirs = ['agent', 'lead'].map((n) => join(server.temp.dir, n));
    dirs.forEach((d) => mkdirSync(d));
    // The agent's desktop on an injected clock (the holds take their length from it); as serverDesktop otherwise.
    let clock = Math.floor(Date.now() / 1000) * 1000 - 30 * MIN;
    const agentDesk = createMainServices({ userDataDir: dirs[0]!, settingsBackend: memorySettingsBackend({ serverUrl: server.url }), version: '0.0.0-test', osLocale: 'zh-CN', fetch: globalThis.fetch, syncIntervalMs: 3_600_000, now: () => clock });
    const leadDesk = serverDesktop(dirs[1]!, server.url);
    cleanups.push(() => agentDesk.close(), () => leadDesk.close());
    await signIn(agentDesk, '1001');
    await signIn(leadDesk, '1002');

    // The agent ticks two of the greeting's three items and all of the confirmation's but one; the caller is held twice, 45 s and 15 s.
    const start = clock;
    const draft = phoneCall(start, { 'greet.announce': true, 'greet.lookup': true, 'confirm.restated': true, 'confirm.keyPoints': true, 'confirm.category': true, 'confirm.team': false });
    const event = async (at: number, kind: 'hold' | 'resume') => {
      clock = at;
      value(await call(agentDesk, 'telephony:recordEvent', { callRef: draft.id, kind }));
    };
    await event(start + 2 * MIN, 'hold');
    await event(start + 2 * MIN + 45_000, 'resume');
    await event(start + 3 * MIN, 'hold');
    await event(start + 3 * MIN + 15_000, 'resume');
    clock = start + 5 * MIN;
    const saved = value(await call<{ id: string }>(agentDesk, 'call:finish', { draft }));
    // Everything the save wrote went into its own mutations: nothing left over for the agent's next act.
    expect(agentDesk.rawDb().prepare('SELECT count(*) FROM sync_capture').pluck().get()).toBe(0);
    await agentDesk.sync().syncNow();

    const callId = await eventually(
      async () => {
        await leadDesk.sync().syncNow();
        return leadDesk.rawDb().prepare('SELECT id FROM calls WHERE case_id = ?').pluck().get(saved.id) as string | undefined;
      },
      30_000,
      'the call on the lead’s desktop',
    );
    const { evidence } = value(await call<CallForScoring>(leadDesk, 'quality:callForScoring', { callId }));
    expect({ holdSeconds: evidence.holdSeconds, holdCount: evidence.holdCount }).toEqual({ holdSeconds: 60, holdCount: 2 });
    const checklistOf = (stage: string) => evidence.stages.find((s) => s.stage === stage)!.checklist;
    expect(checklistOf('greet')).toEqual([
      { id: 'announce', done: true },
      { id: 'lookup', done: true },
      { id: 'verify', done: false },
    ]);
    expect(checklistOf('confirm')).toEqual([
      { id: 'restated', done: true },
      { id: 'keyPoints', done: true },
      { id: 'category', done: true },
      { id: 'team', done: false },
    ]);
    expect(checklistOf('solve').every((tick) => !tick.done)).toBe(true);
    // Nothing the agent pushed was refused by the server.
    expect(agentDesk.rawDb().prepare("SELECT count(*) FROM outbox WHERE state = 'rejected'").pluck().get()).toBe(0);
  });

  it('refuses a wrap-up whose checklist is malformed with a validation error, and stores no call', async () => {
    const server = await serverWithOrg();
    cleanups.push(() => server.close());
    const dir = join(server.temp.dir, 'agent');
    mkdirSync(dir);
    const desk = serverDesktop(dir, server.url);
    cleanups.push(() => desk.close());
    await signIn(desk, '1001');
    const created = value(await call<{ id: string }>(desk, 'case:create', { customerName: '王女士', customerPhone: '13812345678', channel: 'phone', subject: '洗衣机漏水' }));
    const wrapUp = sampleWrapUp(created.id, Date.now() - 10 * MIN);
    const bad = { ...wrapUp, call: { ...wrapUp.call, stages: wrapUp.call.stages.map((s) => ({ ...s, checklist: [{ id: 'x'.repeat(41), done: true }] })) } };
    const reply = await call(desk, 'call:saveWrapUp', bad);
    expect(reply).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(!reply.ok && reply.error.issues?.[0]?.path).toMatch(/^call\.stages\.0\.checklist\.0\.id$/);
    expect(desk.rawDb().prepare('SELECT count(*) FROM calls').pluck().get()).toBe(0);
  });
});
