import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createMainServices, type MainServices } from '../../../src/main/services';
import { memorySettingsBackend } from '../../../src/main/settings/settings';
import type { LiveApproval } from '../../../src/shared/schemas/liveApprovals';
import { eventually } from '../../support/noticeListener';
import { serverDesktop, serverWithOrg, signIn } from '../../support/serverDesktops';

type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
const call = async <T>(services: MainServices, channel: string, payload?: unknown) => (await services.dispatch(channel, payload)) as Reply<T>;
const value = <T>(reply: Reply<T>): T => {
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
  return reply.value;
};

/**
 * The agent desktop's HTTP client, with a gate: once armed, the next pull waits until released (a sync
 * caught in its pull, after its push), and every push is counted with its mutations' names.
 */
function gatedFetch() {
  let armed = false;
  let pullHeld: () => void = () => undefined;
  let release: () => void = () => undefined;
  const pushes: string[][] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    const path = new URL(input instanceof Request ? input.url : String(input)).pathname;
    if (path === '/sync/push' && typeof init?.body === 'string') pushes.push((JSON.parse(init.body) as { mutations: { name: string }[] }).mutations.map((m) => m.name));
    if (path === '/sync/pull' && armed) {
      armed = false;
      const released = new Promise<void>((resolve) => (release = resolve));
      pullHeld();
      await released;
    }
    return globalThis.fetch(input, init);
  };
  return {
    fetchImpl,
    pushes,
    /** Arms the gate; resolves once a pull is held there. */
    holdNextPull: () => {
      armed = true;
      return new Promise<void>((resolve) => (pullHeld = resolve));
    },
    release: () => release(),
  };
}

describe('approval writes during a sync under way', () => {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it('a burst of requests made while a sync is pulling goes out in one more round right after it, and reaches the lead', async () => {
    const server = await serverWithOrg();
    cleanups.push(() => server.close());
    const dirs = ['agent', 'lead'].map((n) => join(server.temp.dir, n));
    dirs.forEach((d) => mkdirSync(d));
    const gate = gatedFetch();
    // As serverDesktop, with the gated client: the poll is an hour, so only the handlers' own sync brings the requests out.
    const agentDesk = createMainServices({ userDataDir: dirs[0]!, settingsBackend: memorySettingsBackend({ serverUrl: server.url }), version: '0.0.0-test', osLocale: 'zh-CN', fetch: gate.fetchImpl, syncIntervalMs: 3_600_000 });
    const leadDesk = serverDesktop(dirs[1]!, server.url);
    cleanups.push(() => agentDesk.close(), () => leadDesk.close());
    await signIn(agentDesk, '1001');
    await signIn(leadDesk, '1002');
    await eventually(() => leadDesk.sync().live() && agentDesk.sync().live() && leadDesk.sync().status().lastSyncAt !== null && agentDesk.sync().status().lastSyncAt !== null, 30_000, 'desktops live');

    // A sync under way on the agent's desktop, past its push and held in its pull.
    const held = gate.holdNextPull();
    const running = agentDesk.sync().syncNow();
    await held;
    const pushesBefore = gate.pushes.length;
    // Three requests in a burst (three calls of the agent's, say) while it is held.
    const asked: LiveApproval[] = [];
    for (const n of [1, 2, 3]) {
      asked.push(value(await call<LiveApproval>(agentDesk, 'approval:request', { callId: `call-burst-${n}`, caseId: null, customer: `客户${n}`, remedy: 'exchange', summary: `配件免费更换 ${n}` })));
    }
    gate.release();
    await running;

    // They reach the lead without waiting for the hourly poll.
    await eventually(async () => value(await call<LiveApproval[]>(leadDesk, 'approval:pending')).length === 3, 30_000, 'the three requests on the lead desktop');
    expect(value(await call<LiveApproval[]>(leadDesk, 'approval:pending')).map((a) => a.id).sort()).toEqual(asked.map((a) => a.id).sort());
    // One more round pushed all three together, not one round per write.
    const after = gate.pushes.slice(pushesBefore);
    expect(after).toHaveLength(1);
    expect(after[0]).toHaveLength(3);
  });
});
