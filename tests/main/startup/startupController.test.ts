import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCase } from '../../../src/main/actions/caseActions';
import { backUpDatabase } from '../../../src/main/store/backups/backupFiles';
import { checkIntegrity, type IntegrityResult } from '../../../src/main/store/backups/integrityCheck';
import { localAgent } from '../../../src/main/store/actor';
import { applyMigrations, openDatabase } from '../../../src/main/store/openDatabase';
import { LATEST_VERSION } from '../../../src/main/store/migrations';
import { FIRST_CHECK_DELAY_MS } from '../../../src/main/startup/integritySchedule';
import BetterSqlite3 from 'better-sqlite3';
import { createStartupController, type StartupControllerOptions } from '../../../src/main/startup/startupController';
import { createMainServices } from '../../../src/main/services';
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
    // A store one migration behind: it is checked before the migration rewrites it.
    const older = new BetterSqlite3(join(temp.dir, 'agentdesk.db'));
    applyMigrations(older, LATEST_VERSION - 1);
    older.close();
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

  it('opens an up-to-date store without waiting for the integrity check, and checks it in the background later', async () => {
    storeWithCases(20);
    const checked: string[] = [];
    const pending: { run: () => void; ms: number }[] = [];
    const { startup } = controller({
      // A check that never finishes: the store must open all the same.
      checkIntegrity: (path) => (checked.push(path), new Promise<IntegrityResult>(() => {})),
      checkTimer: { setTimeout: (run, ms) => pending.push({ run, ms }), clearTimeout: () => {} },
    });
    expect(await startup.start()).toEqual({ phase: 'ready' });
    expect(checked).toEqual([]);
    const list = await startup.dispatch(channelOf.listCases, {});
    expect(list).toMatchObject({ ok: true, value: { rows: expect.any(Array) } });
    expect((list as { value: { rows: unknown[] } }).value.rows).toHaveLength(20);

    // The schedule: one check a while after opening, run on the worker, while the app keeps answering.
    expect(pending).toEqual([{ run: expect.any(Function), ms: FIRST_CHECK_DELAY_MS }]);
    pending[0]!.run();
    expect(checked).toEqual([join(temp.dir, 'agentdesk.db')]);
    expect(await startup.dispatch(channelOf.listCases, {})).toMatchObject({ ok: true });
    expect(startup.state()).toEqual({ phase: 'ready' });
    startup.close();
  });

  it('a check that could not run (worker stopped) is no damage: the store stays open and the schedule goes on', async () => {
    storeWithCases(5);
    const pending: (() => void)[] = [];
    const { startup } = controller({
      checkIntegrity: async () => ({ ok: false, reason: 'integrity check stopped (exit 1)', unchecked: true }),
      checkTimer: { setTimeout: (run) => pending.push(run), clearTimeout: () => {} },
    });
    await startup.start();
    expect(await startup.checkStore()).toMatchObject({ ok: false, unchecked: true });
    expect(startup.state()).toEqual({ phase: 'ready' });
    pending.shift()!();
    await expect.poll(() => pending.length, { timeout: 30_000 }).toBe(1); // rescheduled after the run
    expect(startup.state()).toEqual({ phase: 'ready' });
    startup.close();
  });

  it('damage found by the background check closes the store, shows the damaged screen, writes nothing more, and can restore a backup', async () => {
    const path = storeWithCases(300);
    const good = openDatabase(path);
    await backUpDatabase(good, join(temp.dir, 'backups'), T0 - 3_600_000);
    good.close();
    await damage(path);
    let reloads = 0;
    const { startup, states } = controller({ reloadWindow: () => reloads++ });
    expect(await startup.start()).toEqual({ phase: 'ready' }); // opened at once: the damage is in pages not read yet

    const found = await startup.checkStore();
    expect(found).toMatchObject({ ok: false, reason: expect.any(String) });
    const state = startup.state();
    expect(state).toMatchObject({ phase: 'damaged', whileOpen: true, reason: expect.any(String), backups: [{ name: 'agentdesk-20261205-070000.db' }], backupFolder: join(temp.dir, 'backups') });
    expect(states.at(-1)).toEqual(state); // the window was told
    const bytes = readFileSync(path);
    expect(await startup.dispatch(channelOf.listCases, {})).toMatchObject({ ok: false, error: { code: 'not_ready' } });
    expect(await startup.dispatch(channelOf.createCase, { customerName: '新客户', customerPhone: '13900001111', channel: 'phone', subject: '不该写入' })).toMatchObject({
      ok: false,
      error: { code: 'not_ready' },
    });
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(await startup.checkStore()).toBe('skipped'); // nothing open to check

    const restored = await startup.dispatch(channelOf.restoreBackup, { name: 'agentdesk-20261205-070000.db' });
    expect(restored).toMatchObject({ ok: true, value: { keptAside: expect.stringMatching(/agentdesk\.damaged-/) } });
    expect(startup.state()).toEqual({ phase: 'ready' });
    expect(readFileSync((restored as { value: { keptAside: string } }).value.keptAside).equals(bytes)).toBe(true);
    await expect.poll(() => reloads, { timeout: 30_000 }).toBe(1); // the app had been in use: the window reloads
    startup.close();
  });

  it('a save refused because SQLite met a damaged page runs the integrity check at once, which shows the damaged screen', async () => {
    storeWithCases(5);
    const checked: string[] = [];
    const { startup } = controller({
      checkIntegrity: async (path): Promise<IntegrityResult> => (checked.push(path), { ok: false, reason: 'Page 12: btreeInitPage() returns error code 11' }),
      checkTimer: noTimer,
      // As a handler reports SQLITE_CORRUPT (store/storageErrors.ts).
      createServices: (options) => {
        const services = createMainServices(options);
        return { ...services, dispatch: async () => ({ ok: false, error: { code: 'storage', message: 'the case store is damaged; nothing was saved (SQLITE_CORRUPT)' } }) };
      },
    });
    expect(await startup.start()).toEqual({ phase: 'ready' });
    expect(checked).toEqual([]);
    expect(await startup.dispatch(channelOf.listCases, {})).toMatchObject({ ok: false, error: { code: 'storage' } });
    await expect.poll(() => startup.state().phase, { timeout: 30_000 }).toBe('damaged');
    expect(checked).toHaveLength(1);
    expect(startup.state()).toMatchObject({ whileOpen: true, reason: 'Page 12: btreeInitPage() returns error code 11' });
  });

  it('checks a store before migrations rewrite it: a damaged one is reported and left untouched, and can be restored', async () => {
    const path = storeWithCases(300);
    const good = openDatabase(path);
    await backUpDatabase(good, join(temp.dir, 'backups'), T0 - 3_600_000);
    good.close();
    const older = new BetterSqlite3(path);
    older.pragma(`user_version = ${LATEST_VERSION - 1}`); // as if written by the previous AgentDesk
    older.close();
    await damage(path);
    const bytes = readFileSync(path);

    const checked: string[] = [];
    const { startup } = controller({ checkIntegrity: (file) => (checked.push(file), checkIntegrity(file)) });
    const state = await startup.start();
    expect(checked).toEqual([path]);
    expect(state).toMatchObject({ phase: 'damaged', reason: expect.any(String), backups: [{ name: 'agentdesk-20261205-070000.db' }], backupFolder: join(temp.dir, 'backups') });
    expect(state).not.toHaveProperty('whileOpen');
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
    const { startup } = controller();
    expect(await startup.start()).toEqual({ phase: 'ready' });
    await startup.checkStore();
    expect(startup.state().phase).toBe('damaged');
    const bytes = readFileSync(path);

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
