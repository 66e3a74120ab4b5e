/**
 * `npm run bench -- call [--iterations 200]`
 *
 * How long a stage change takes to show on the call screen, in real Chromium on the built renderer
 * with the real main-side services: from the Alt+N keypress to the new stage's form in the DOM
 * (React commit), and to the next animation frame after it. The baseline is the smallest possible
 * update measured the same way in the same page: one text node changed on the same keypress path.
 * One frame at 60 Hz is 16.7 ms.
 *
 * Also an incoming call's screen pop until the call screen is painted (all stages are rendered
 * with it, the hidden ones when the window is idle).
 *
 * Then the telephony endpoint: a softphone's POST of one call event until the 201 reply, which is
 * sent after the event's row is stored (endpoint → row), against a bare node:http server in the
 * same process that reads the same body and answers 201 without storing anything (the baseline).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordCallEvent } from '../src/main/actions/recordCallEvent';
import { completeStage, newCallDraft } from '../src/shared/domain/callFlow';
import { telephonyEventSchema } from '../src/shared/schemas/callEvents';
import type { Browser } from 'playwright-core';
import { Desktop, ensureRendererBuilt, launchChromium, serveRenderer } from '../tests/e2e/harness';
import { argValue, printTable, round } from './measure';

/** A complaint call that has reached the record stage, so every stage can be jumped to. */
function callAtRecord(now: number) {
  let d = newCallDraft({ id: 'bench-call', now, channel: 'phone', callerNumber: '13812345678' });
  d = completeStage({ ...d, caller: { mode: 'new', name: '王建国', phone: '13812345678', salutation: 'mr' } }, now + 1);
  d = completeStage({ ...d, scenario: 'complaint', confirm: { ...d.confirm, category: 'complaintSuggestion', summary: '维修两次仍不制冷', restated: true } }, now + 2);
  d = completeStage({ ...d, solve: { ...d.solve, solution: '安排主管评估换机' } }, now + 3);
  return completeStage({ ...d, followUp: { ...d.followUp, solved: true, callbackDeclined: true, satisfaction: 4 } }, now + 4);
}

/**
 * Runs in the page: presses Alt+1…5 in turn (the call starts at record, so each press changes
 * stage), each once the draft of the one before is saved; then the baseline.
 */
const measureInPage = `async (iterations) => {
  const heading = () => document.getElementById('stage-title').textContent;
  const nextFrame = () => new Promise((done) => requestAnimationFrame(() => done()));
  const press = (digit) => window.dispatchEvent(new KeyboardEvent('keydown', { key: String(digit), code: 'Digit' + digit, altKey: true, bubbles: true }));
  const time = async (act, changed) => {
    await nextFrame();
    const start = performance.now();
    act();
    while (!changed()) await Promise.resolve();
    const commit = performance.now() - start;
    await nextFrame();
    return [commit, performance.now() - start];
  };
  const stage = [], base = [];
  for (let i = 0; i < iterations; i++) {
    // As an agent would, each change starts once the previous one is written to main.
    while (!document.querySelector('.save-saved')) await nextFrame();
    const before = heading();
    stage.push(await time(() => press((i % 5) + 1), () => heading() !== before));
  }
  const probe = document.createElement('span');
  document.body.append(probe);
  const onKey = () => { probe.textContent = String(Number(probe.textContent) + 1); };
  window.addEventListener('keydown', onKey);
  for (let i = 0; i < iterations; i++) {
    const before = probe.textContent;
    base.push(await time(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'x', code: 'KeyX' })), () => probe.textContent !== before));
  }
  return { stage, base };
}`;

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

export async function run(args: string[]): Promise<void> {
  const iterations = Number(argValue(args, 'iterations') ?? 200);
  await ensureRendererBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'agentdesk-bench-call-'));
  const server = await serveRenderer();
  const browser = await launchChromium();
  const desktop = new Desktop(dir);
  try {
    const pops = await measureScreenPops(desktop, browser, server.url, 30);
    await desktop.services.dispatch('call:saveDraft', { draft: callAtRecord(Date.now()) });
    // Every stage change is written to main: counted, so that none is skipped while measuring.
    let saves = 0;
    const dispatch = desktop.services.dispatch.bind(desktop.services);
    desktop.services.dispatch = (channel, payload) => {
      if (channel === 'call:saveDraft') saves++;
      return dispatch(channel, payload);
    };
    const { page } = await desktop.open(browser, server.url);
    await page.getByRole('navigation').first().waitFor();
    await page.locator('#stage-title').waitFor();
    const before = saves;
    const { stage, base } = (await page.evaluate(`(${measureInPage})(${iterations})`)) as { stage: [number, number][]; base: [number, number][] };
    const drafts_saved = saves - before;
    if (drafts_saved < iterations) throw new Error(`${iterations} stage changes but only ${drafts_saved} drafts written`);
    const commit = stage.map((s) => s[0]);
    const frame = stage.map((s) => s[1]);
    const baseCommit = base.map((s) => s[0]);
    const baseFrame = base.map((s) => s[1]);
    const figures = {
      bench: 'call',
      iterations,
      stage_commit_p50_ms: round(percentile(commit, 50), 2),
      stage_commit_p95_ms: round(percentile(commit, 95), 2),
      stage_next_frame_p95_ms: round(percentile(frame, 95), 2),
      baseline_commit_p95_ms: round(percentile(baseCommit, 95), 2),
      baseline_next_frame_p95_ms: round(percentile(baseFrame, 95), 2),
      commit_ratio: round(percentile(commit, 95) / Math.max(percentile(baseCommit, 95), 0.01), 1),
      frame_ratio: round(percentile(frame, 95) / percentile(baseFrame, 95), 2),
      frame_budget_ms: 16.7,
      drafts_saved,
      screen_pop_p50_ms: round(percentile(pops, 50), 1),
      screen_pop_p95_ms: round(percentile(pops, 95), 1),
      screen_pop_frames_p95: round(percentile(pops, 95) / percentile(baseFrame, 95), 1),
    };
    printTable([
      { what: 'stage change (Alt+1…5): keypress → new stage in DOM', p50: `${figures.stage_commit_p50_ms} ms`, p95: `${figures.stage_commit_p95_ms} ms`, baseline_p95: `${figures.baseline_commit_p95_ms} ms` },
      { what: 'stage change: keypress → next frame painted', p50: `${round(percentile(frame, 50), 2)} ms`, p95: `${figures.stage_next_frame_p95_ms} ms`, baseline_p95: `${figures.baseline_next_frame_p95_ms} ms` },
      { what: 'screen pop → call screen painted (frames: ×idle)', p50: `${figures.screen_pop_p50_ms} ms`, p95: `${figures.screen_pop_p95_ms} ms`, baseline_p95: `${figures.screen_pop_frames_p95}×` },
    ]);
    const telephony = await measureTelephony(desktop, iterations * 5);
    printTable([
      { what: 'telephony event: POST → row stored → 201', p50: `${telephony.telephony_event_p50_ms} ms`, p95: `${telephony.telephony_event_p95_ms} ms`, baseline_p95: `${telephony.telephony_baseline_p95_ms} ms` },
    ]);
    console.log(JSON.stringify({ ...figures, ...telephony, telephony_target_ms: 5 }));
  } finally {
    desktop.services.close();
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * An incoming call's screen pop until the call screen is painted (its stage in the DOM, then the
 * next frame), `count` times on an idle desktop; each call is discarded before the next.
 */
async function measureScreenPops(desktop: Desktop, browser: Browser, url: string, count: number): Promise<number[]> {
  const { page } = await desktop.open(browser, url);
  page.on('dialog', (dialog) => void dialog.accept());
  await page.getByRole('navigation').first().waitFor();
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const incoming = desktop.services.screenPop(`139${String(i).padStart(8, '0')}`);
    times.push(
      await page.evaluate(async (payload) => {
        const start = performance.now();
        (window as unknown as { __agentDeskEmit(channel: string, payload: unknown): void }).__agentDeskEmit('event:incomingCall', payload);
        while (!document.getElementById('stage-title')) await new Promise((done) => setTimeout(done, 0));
        await new Promise((done) => requestAnimationFrame(done));
        return performance.now() - start;
      }, incoming),
    );
    await page.getByRole('button', { name: '放弃本次记录' }).click();
    await page.locator('#stage-title').waitFor({ state: 'detached' });
  }
  await page.close();
  return times;
}

const TOKEN = 'bench_telephony_token_0123456789abcdef';

/** Posts `count` events one after another (as a softphone does) and returns each round trip in ms. */
async function postEvents(port: number, count: number, headers: Record<string, string>): Promise<number[]> {
  const kinds = ['hold', 'resume'];
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const body = JSON.stringify({ event: kinds[i % 2], callId: `bench-${Math.floor(i / 100)}`, at: Date.now() });
    const start = performance.now();
    const res = await fetch(`http://127.0.0.1:${port}/call-events`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    await res.arrayBuffer();
    times.push(performance.now() - start);
    if (res.status !== 201) throw new Error(`telephony endpoint answered ${res.status}`);
  }
  return times;
}

async function measureTelephony(desktop: Desktop, count: number) {
  const probe = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(201, { 'content-type': 'application/json' }).end('{"id":"x"}'));
  });
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const port = await freePort();
  await desktop.services.dispatch('settings:update', { telephonyEnabled: true, telephonyPort: port, telephonyToken: TOKEN });
  while (desktop.services.telephony.port() !== port) await new Promise((r) => setTimeout(r, 10));
  try {
    const auth = { authorization: `Bearer ${TOKEN}` };
    // Warm up both (JIT, keep-alive connections), then measure them interleaved in rounds.
    await postEvents(port, 100, auth);
    await postEvents((probe.address() as AddressInfo).port, 100, auth);
    const event: number[] = [];
    const base: number[] = [];
    for (let round = 0; round < 5; round++) {
      event.push(...(await postEvents(port, count / 5, auth)));
      base.push(...(await postEvents((probe.address() as AddressInfo).port, count / 5, auth)));
    }
    // The endpoint's own work, without the HTTP hop: validate the body and store the row.
    const db = desktop.services.rawDb();
    const store: number[] = [];
    for (let i = 0; i < count; i++) {
      const body = JSON.stringify({ event: i % 2 ? 'resume' : 'hold', callId: `bench-store-${Math.floor(i / 100)}`, at: Date.now() });
      const start = performance.now();
      const e = telephonyEventSchema.parse(JSON.parse(body));
      recordCallEvent(db, { callRef: e.callId, kind: e.event, at: e.at ?? 0, receivedAt: Date.now(), source: 'telephony', callerNumber: null, agentId: null });
      store.push(performance.now() - start);
    }
    const rows = (desktop.services.rawDb().prepare("SELECT count(*) AS n FROM call_events WHERE call_ref LIKE 'bench-%'").get() as { n: number }).n;
    if (rows !== 2 * count + 100) throw new Error(`expected ${2 * count + 100} stored events, found ${rows}`);
    return {
      telephony_events: count,
      telephony_event_p50_ms: round(percentile(event, 50), 2),
      telephony_event_p95_ms: round(percentile(event, 95), 2),
      telephony_baseline_p95_ms: round(percentile(base, 95), 2),
      telephony_overhead_p95_ms: round(percentile(event, 95) - percentile(base, 95), 2),
      telephony_validate_store_p95_ms: round(percentile(store, 95), 3),
    };
  } finally {
    await new Promise<void>((done) => probe.close(() => done()));
  }
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((done) => probe.close(() => done()));
  return port;
}
