import { EventEmitter } from 'node:events';
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { crashRecords } from '../../../src/main/logging/crashRecords';
import { noticeBoard } from '../../../src/main/logging/notices';
import { installProcessCrashHandlers } from '../../../src/main/logging/processCrashes';
import { createMainServices } from '../../../src/main/services';
import { memorySettingsBackend } from '../../../src/main/settings/settings';
import { startOptionalServices } from '../../../src/main/window/optionalServices';
import { buildBridge } from '../../../src/preload/buildBridge';
import { fingerprint } from '../../support/dbFingerprint';
import { makeTempDir } from '../../support/tempDir';

const temp = makeTempDir();
afterAll(() => temp.cleanup());
const NOW = Date.UTC(2026, 10, 22, 9, 0);

describe('uncaught exceptions and unhandled rejections (processCrashes.ts)', () => {
  it('are logged and recorded, redacted, and the process goes on', () => {
    const dir = join(temp.dir, 'process');
    const fakeProcess = new EventEmitter();
    const logged: string[] = [];
    const records = crashRecords(dir, () => NOW);
    installProcessCrashHandlers(fakeProcess, { log: (message) => logged.push(message), record: records.record });
    // With a listener, EventEmitter delivers instead of throwing; Node's process does the same (no exit).
    fakeProcess.emit('uncaughtException', new TypeError('cannot read 13812345678 of undefined'));
    fakeProcess.emit('unhandledRejection', 'sync timed out');
    expect(logged).toEqual(['uncaughtException: TypeError: cannot read 13812345678 of undefined', 'unhandledRejection: sync timed out']);
    const recent = records.recent(10);
    expect(recent.map((r) => [r.kind, r.at])).toEqual([
      ['uncaughtException', '2026-11-22T09:00:00.000Z'],
      ['unhandledRejection', '2026-11-22T09:00:00.000Z'],
    ]);
    // The phone number is masked in the record and in the file.
    expect(recent[0]!.message).not.toContain('13812345678');
    expect(readFileSync(join(dir, 'crashes.jsonl'), 'utf8')).not.toContain('13812345678');
  });

  it('a failing sink does not throw out of the handler', () => {
    const fakeProcess = new EventEmitter();
    installProcessCrashHandlers(fakeProcess, {
      log: () => {
        throw new Error('disk full');
      },
      record: () => {},
    });
    expect(() => fakeProcess.emit('uncaughtException', new Error('x'))).not.toThrow();
  });
});

describe('crash records (crashRecords.ts)', () => {
  it('keep the latest records, oldest first, and survive a damaged line', () => {
    const dir = join(temp.dir, 'records');
    const records = crashRecords(dir, () => NOW);
    records.record('rendererGone', 'crash first');
    appendFileSync(join(dir, 'crashes.jsonl'), '{"at":"2026-11-22T09:00:00.000Z","kind":"rende\n');
    expect(records.recent(5).map((r) => r.message)).toEqual(['crash first']);
    for (let i = 0; i < 250; i++) records.record('rendererGone', `crash ${i}`);
    const recent = records.recent(500);
    expect(recent.length).toBeLessThanOrEqual(200);
    expect(recent.at(-1)!.message).toBe('crash 249');
    expect(records.recent(2).map((r) => r.message)).toEqual(['crash 248', 'crash 249']);
  });
});

describe('notices (notices.ts)', () => {
  it('hands each notice out once, the same one only once while waiting, and says when one was added', () => {
    const board = noticeBoard(() => NOW);
    let added = 0;
    board.onAdded(() => added++);
    board.add({ code: 'settingsReset', detail: '/data/settings.corrupt-x.json' });
    board.add({ code: 'serviceFailed', detail: 'autoUpdate' });
    board.add({ code: 'serviceFailed', detail: 'autoUpdate' });
    expect(added).toBe(2);
    expect(board.take()).toEqual([
      { code: 'settingsReset', detail: '/data/settings.corrupt-x.json', at: NOW },
      { code: 'serviceFailed', detail: 'autoUpdate', at: NOW },
    ]);
    expect(board.take()).toEqual([]);
  });
});

describe('optional services (optionalServices.ts)', () => {
  it('start each on its own: one that throws or rejects is reported, the others start, nothing is thrown', async () => {
    const failures: string[] = [];
    const started: string[] = [];
    const report = await startOptionalServices(
      [
        { name: 'autoUpdate', enabled: true, start: async () => Promise.reject(new Error('Dynamic require of "fs" is not supported')) },
        { name: 'telephony', enabled: true, start: () => { throw new Error('no softphone'); } },
        { name: 'sync', enabled: true, start: () => void started.push('sync') },
        { name: 'other', enabled: false, start: () => void started.push('other') },
      ],
      (name, error) => failures.push(`${name}: ${(error as Error).message}`),
    );
    expect(started).toEqual(['sync']);
    expect(report.started).toEqual(['sync']);
    expect(report.skipped).toEqual(['other']);
    expect(failures.sort()).toEqual(['autoUpdate: Dynamic require of "fs" is not supported', 'telephony: no softphone']);
  });
});

describe('the renderer reporting a crash (support:reportRendererCrash)', () => {
  const dir = join(temp.dir, 'renderer');
  const services = createMainServices({ userDataDir: dir, settingsBackend: memorySettingsBackend({}), version: 't', osLocale: 'zh-CN', now: () => NOW });
  const api = buildBridge(services.dispatch, () => () => undefined);
  afterAll(() => services.close());

  it('is logged and recorded redacted, and appears in the diagnostics export', async () => {
    const reply = await api.reportRendererCrash({ message: 'Cannot read properties of undefined (customer 13812345678)', stack: 'TypeError\n    at CaseDetailView', componentStack: '\n    at CaseDetailView\n    at Shell' });
    expect(reply).toEqual({ ok: true, value: { recorded: true } });
    const exported = await api.exportDiagnostics();
    if (!exported.ok) throw new Error(exported.error.message);
    const report = JSON.parse(readFileSync(exported.value.path, 'utf8')) as { crashes: { kind: string; message: string; detail?: string }[]; log: string[] };
    expect(report.crashes).toEqual([expect.objectContaining({ kind: 'rendererError', message: expect.stringContaining('Cannot read properties of undefined') })]);
    expect(report.crashes[0]!.detail).toContain('at CaseDetailView');
    expect(JSON.stringify(report)).not.toContain('13812345678');
    expect(report.log.some((line) => line.includes('renderer error'))).toBe(true);
  });

  it('refuses an oversized or malformed report with a validation error and records nothing', async () => {
    const before = fingerprint(services.rawDb());
    const recordsBefore = crashRecords(join(dir, 'logs')).recent(100).length;
    const huge = await api.reportRendererCrash({ message: 'x'.repeat(2_001) });
    expect(huge).toMatchObject({ ok: false, error: { code: 'validation', issues: [expect.objectContaining({ path: 'message', key: 'tooLong' })] } });
    const extra = await services.dispatch('support:reportRendererCrash', { message: 'boom', cookie: 'secret' });
    expect(extra).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(crashRecords(join(dir, 'logs')).recent(100)).toHaveLength(recordsBefore);
    expect(fingerprint(services.rawDb())).toEqual(before);
  });

  it('hands out the notices main added, once', async () => {
    services.notices.add({ code: 'windowRecovered' });
    expect(await api.takeNotices()).toEqual({ ok: true, value: [{ code: 'windowRecovered', at: NOW }] });
    expect(await api.takeNotices()).toEqual({ ok: true, value: [] });
  });
});
