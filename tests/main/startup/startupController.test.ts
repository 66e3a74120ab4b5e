import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCase } from '../../../src/main/actions/caseActions';
import { backUpDatabase } from '../../../src/main/store/backups/backupFiles';
import { checkIntegrity, type IntegrityResult } from '../../../src/main/store/backups/integrityCheck';
import { localAgent } from '../../../src/main/store/actor';
import { openDatabase } from '../../../src/main/store/openDatabase';
import { createStartupController, type StartupControllerOptions } from '../../../src/main/startup/startupController';
import { memorySettingsBackend } from '../../../src/main/settings/settings';
import { channelOf } from '../../../src/shared/channels';
import type { StartupState } from '../../../src/shared/contract/startup';
import { makeTempDir } from '../../support/tempDir';

const T0 = Date.UTC(2026, 11, 5, 8, 0, 0);
let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

const noTimer = { setTimeout: () => 0, clearTimeout: () => {} };

function controller(extra: Partial<StartupControllerOptions> = {}) {
  const states: StartupState[] = [];
  const startup = createStartupController({
    services: { userDataDir: temp.dir, settingsBackend: memorySettingsBackend({ locale: 'en' }), version: 't', osLocale: 'zh-CN', now: () => T0, backupTimer: noTimer },
    onState: (state) => states.push(state),
    ...extra,
  });
  return { startup, states };
}

function storeWithCases(count: number): string {
  const path = join(temp.dir, 'agentdesk.db');
  const db = openDatabase(path);
  for (let i = 0; i < count; i++) {
    createCase(db, { customerName: `客户${i}`, customerPhone: `1390000${String(i).padStart(4, '0')}`, channel: 'phone', subject: `问题 ${i} `.repeat(8) }, { now: T0 + i, actor: localAgent, branchCode: 'SH01', utcOffsetMinutes: 480 });
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return path;
}

async function damage(path: string) {
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(4096, 0xab), 0, 4096, 4096 * 10);
  closeSync(fd);
}

describe('the startup controller', () => {
  it('answers the window at once, reports each step while the store opens, and refuses other verbs until ready', async () => {
    storeWithCases(20);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { startup, states } = controller({
      checkIntegrity: async (path): Promise<IntegrityResult> => {
        await gate; // the check is still running in its worker
        return checkIntegrity(path);
      },
    });
    const opened = startup.start();

    const early = await startup.dispatch(channelOf.getStartupState, undefined);
    expect(early).toEqual({ ok: true, value: { state: { phase: 'opening', step: 'checking', percent: expect.any(Number) }, locale: 'en', theme: 'system' } });
    expect(await startup.dispatch(channelOf.listCases, {})).toMatchObject({ ok: false, error: { code: 'not_ready' } });
    expect(await startup.dispatch(channelOf.getAppInfo, undefined)).toMatchObject({ ok: false, error: { code: 'not_ready' } });
    // Still validated first: an unknown channel is refused as before.
    expect(await startup.dispatch('nope', undefined)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });

    release();
    expect(await opened).toEqual({ phase: 'ready' });
    const steps = states.map((s) => (s.phase === 'opening' ? s.step : s.phase));
    expect(steps[0]).toBe('checking');
    expect(steps).toContain('migrating');
    expect(steps.at(-2)).toBe('loading');
    expect(steps.at(-1)).toBe('ready');
    const percents = states.flatMap((s) => (s.phase === 'opening' ? [s.percent] : []));
    expect(percents).toEqual([...percents].sort((a, b) => a - b)); // the bar never goes back

    expect(await startup.dispatch(channelOf.getStartupState, undefined)).toEqual({ ok: true, value: { state: { phase: 'ready' }, locale: 'en', theme: 'system' } });
    expect(await startup.dispatch(channelOf.getAppInfo, undefined)).toMatchObject({ ok: true });
    startup.close();
  });

  it('on a new computer creates the store with progress for every migration', async () => {
    const { startup, states } = controller();
    expect(await startup.start()).toEqual({ phase: 'ready' });
    expect(states.filter((s) => s.phase === 'opening' && s.step === 'migrating').length).toBeGreaterThan(10);
    startup.close();
  });

  it('reports a damaged store with the backups on hand, leaves it untouched, and can restore one', async () => {
    const path = storeWithCases(300);
    const good = openDatabase(path);
    await backUpDatabase(good, join(temp.dir, 'backups'), T0 - 3_600_000);
    good.close();
    await damage(path);
    const bytes = readFileSync(path);

    const { startup } = controller();
    const state = await startup.start();
    expect(state).toMatchObject({ phase: 'damaged', reason: expect.any(String), backups: [{ name: 'agentdesk-20261205-070000.db' }], backupFolder: join(temp.dir, 'backups') });
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(await startup.dispatch(channelOf.listCases, {})).toMatchObject({ ok: false, error: { code: 'not_ready' } });

    const diagnostics = await startup.dispatch(channelOf.exportStartupDiagnostics, undefined);
    expect(diagnostics).toMatchObject({ ok: true });
    const report = JSON.parse(readFileSync((diagnostics as { value: { path: string } }).value.path, 'utf8'));
    expect(report.startup.phase).toBe('damaged');

    const restored = await startup.dispatch(channelOf.restoreBackup, { name: 'agentdesk-20261205-070000.db' });
    expect(restored).toMatchObject({ ok: true, value: { keptAside: expect.stringMatching(/agentdesk\.damaged-/) } });
    expect(startup.state()).toEqual({ phase: 'ready' });
    const kept = (restored as { value: { keptAside: string } }).value.keptAside;
    expect(readFileSync(kept).equals(bytes)).toBe(true);
    const list = await startup.dispatch(channelOf.listCases, {});
    expect(list).toMatchObject({ ok: true });
    startup.close();
  });

  it('starts on an empty store with the damaged file kept aside', async () => {
    const path = storeWithCases(300);
    await damage(path);
    const bytes = readFileSync(path);
    const { startup } = controller();
    expect((await startup.start()).phase).toBe('damaged');

    const reply = await startup.dispatch(channelOf.startWithEmptyStore, undefined);
    expect(reply).toMatchObject({ ok: true });
    const kept = (reply as { value: { keptAside: string } }).value.keptAside;
    expect(readFileSync(kept).equals(bytes)).toBe(true);
    expect(startup.state()).toEqual({ phase: 'ready' });
    expect(existsSync(path)).toBe(true);
    expect((startup.services()!.rawDb().prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n).toBe(0);
    // Once ready, starting empty is refused: a healthy store is never replaced that way.
    expect(await startup.dispatch(channelOf.startWithEmptyStore, undefined)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    startup.close();
  });

  it('reports a store from a newer AgentDesk as failed, not damaged', async () => {
    const path = storeWithCases(1);
    const db = openDatabase(path);
    db.pragma('user_version = 999');
    db.close();
    const { startup } = controller();
    expect(await startup.start()).toMatchObject({ phase: 'failed', message: expect.stringMatching(/newer AgentDesk/) });
    expect(await startup.dispatch(channelOf.getSettings, undefined)).toMatchObject({ ok: false, error: { code: 'not_ready' } });
  });
});
