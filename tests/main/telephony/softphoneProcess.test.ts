import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import type { IncomingCall } from '../../../src/shared/api';
import { caseClocks } from '../../../src/shared/domain/caseClocks';
import { completeStage, newCallDraft } from '../../../src/shared/domain/callFlow';
import type { CallDraft } from '../../../src/shared/schemas/callDraft';
import type { CallEventRow } from '../../../src/shared/schemas/callEvents';
import { createMainServices, type MainServices } from '../../../src/main/services';
import { memorySettingsBackend } from '../../../src/main/settings/settings';
import { buildBridge } from '../../../src/preload/buildBridge';
import { makeTempDir } from '../../support/tempDir';
import { signedInDesktop } from '../../support/testAccounts';

const run = promisify(execFile);
const TOKEN = 'softphone_token_0123456789abcdef';
/** Saturday 5 December 2026, 10:00 Beijing. */
const ringAt = Date.UTC(2026, 11, 5, 2, 0);
const temp = makeTempDir();
let services: MainServices | null = null;
afterEach(() => services?.close());

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((done) => probe.close(() => done()));
  return port;
}

async function until<T>(probe: () => T | null | undefined | false, what: string): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('a softphone in another process', () => {
  it('posts a whole call; the stored events and the saved call carry exactly its times', async () => {
    const port = await freePort();
    let clock = ringAt + 205_000;
    const pushed: CallEventRow[] = [];
    const popped: IncomingCall[] = [];
    services = createMainServices({
      userDataDir: temp.dir,
      settingsBackend: memorySettingsBackend({ telephonyEnabled: true, telephonyPort: port, telephonyToken: TOKEN }),
      version: 't',
      osLocale: 'zh-CN',
      now: () => clock,
      onCallEvent: (e) => pushed.push(e),
      onIncomingCall: (i) => popped.push(i),
      tokenVault: signedInDesktop(temp.dir),
    });
    const app = services;
    await until(() => app.telephony.port(), 'the endpoint to listen');

    const { stdout } = await run(process.execPath, [resolve('tests/support/softphoneScript.mjs'), String(port), TOKEN, 'pbx-7781', '13812345678', String(ringAt)], { timeout: 30_000 });
    const posted = JSON.parse(stdout) as { event: string; at: number; id: string }[];
    expect(posted).toHaveLength(8);

    const api = buildBridge(app.dispatch, () => () => undefined);
    const events = await api.listCallEvents({ callRef: 'pbx-7781' });
    expect(events.ok && events.value.map((e) => [e.kind, e.at, e.id, e.source])).toEqual(posted.map((p) => [p.event, p.at, p.id, 'telephony']));
    expect(pushed.map((e) => e.kind)).toEqual(['ring', 'answer', 'hold', 'resume', 'hold', 'resume', 'transfer', 'hangup']);
    expect(popped).toEqual([{ number: '13812345678', receivedAt: ringAt, matches: [], callRef: 'pbx-7781' }]);

    // The agent works the call on screen (opened by the ring) and saves it.
    let d: CallDraft = newCallDraft({ id: 'draft-7781', now: ringAt + 1_000, channel: 'phone', callerNumber: '13812345678', callRef: 'pbx-7781' });
    d = completeStage({ ...d, caller: { mode: 'new', name: '李娜', phone: '13812345678', salutation: 'ms' } }, ringAt + 30_000);
    d = completeStage({ ...d, confirm: { ...d.confirm, category: 'consultation', summary: '咨询保修期', keyPoints: '', restated: true } }, ringAt + 50_000);
    d = completeStage({ ...d, solve: { ...d.solve, solution: '保修一年，凭发票' } }, ringAt + 140_000);
    d = completeStage({ ...d, followUp: { ...d.followUp, solved: true, callbackDeclined: true, surveyDeclined: true } }, ringAt + 180_000);
    d = { ...d, talkEndedAt: ringAt + 200_000, record: { disposition: 'resolved', notes: '' } };
    const saved = await api.finishCall({ draft: d });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;

    const row = app.rawDb().prepare('SELECT call_ref, ring_at, answered_at, hold_seconds, hold_count, solution_at FROM calls WHERE case_id = ?').get(saved.value.id);
    expect(row).toEqual({ call_ref: 'pbx-7781', ring_at: ringAt, answered_at: ringAt + 12_000, hold_seconds: 45, hold_count: 2, solution_at: ringAt + 140_000 });
    const linked = app.rawDb().prepare('SELECT count(*) AS n FROM call_events WHERE case_id = ?').get(saved.value.id) as { n: number };
    expect(linked.n).toBe(8);

    // The phone answer clock ran from the ring to the answer: 12 s, past the 10 s target, within the 30 s limit.
    clock = ringAt + 300_000;
    const facts = await api.getCaseClockFacts({ caseId: saved.value.id });
    expect(facts.ok).toBe(true);
    if (!facts.ok) return;
    const answer = caseClocks(facts.value, clock).find((c) => c.id === 'phoneAnswer')!;
    expect(answer).toMatchObject({ startedAt: ringAt, stoppedAt: ringAt + 12_000, state: 'metLate', overLimit: false });
    const general = caseClocks(facts.value, clock).find((c) => c.id === 'generalSolved')!;
    // Saturday is not a working day: the 2 working hours start Monday 09:00.
    expect(general.startedAt).toBe(Date.UTC(2026, 11, 7, 1, 0));
  });

  it('is off by default: nothing listens until the settings switch it on with a token', async () => {
    services = createMainServices({ userDataDir: temp.dir + '-off', settingsBackend: memorySettingsBackend({}), version: 't', osLocale: 'zh-CN' });
    const app = services;
    await new Promise((r) => setTimeout(r, 0));
    expect(app.telephony.port()).toBeNull();
    const api = buildBridge(app.dispatch, () => () => undefined);
    const port = await freePort();
    expect((await api.updateSettings({ telephonyEnabled: true, telephonyPort: port })).ok).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(app.telephony.port()).toBeNull(); // no token yet
    expect((await api.updateSettings({ telephonyToken: TOKEN })).ok).toBe(true);
    expect(await until(() => app.telephony.port(), 'the endpoint to listen')).toBe(port);
    expect((await api.updateSettings({ telephonyEnabled: false })).ok).toBe(true);
    await until(() => app.telephony.port() === null, 'the endpoint to stop');
    const bad = await api.updateSettings({ telephonyToken: 'short' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});
