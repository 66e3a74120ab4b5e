import { closeSync, existsSync, openSync, readdirSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCase } from '../../../src/main/actions/caseActions';
import { createBackupService, RETRY_MS, START_GRACE_MS, type BackupTimer } from '../../../src/main/backups/backupService';
import { backUpDatabase, listBackups, setStoreAside } from '../../../src/main/store/backups/backupFiles';
import { checkIntegrity } from '../../../src/main/store/backups/integrityCheck';
import { localAgent } from '../../../src/main/store/actor';
import type { WritableDB } from '../../../src/main/store/db';
import { openDatabase } from '../../../src/main/store/openDatabase';
import { createStartupController } from '../../../src/main/startup/startupController';
import { memorySettingsBackend } from '../../../src/main/settings/settings';
import { channelOf } from '../../../src/shared/channels';
import { backupFileName } from '../../../src/shared/domain/backupSchedule';
import { makeTempDir } from '../../support/tempDir';

const T0 = Date.UTC(2026, 11, 5, 8, 0, 0);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

function addCases(db: WritableDB, from: number, count: number) {
  for (let i = from; i < from + count; i++) {
    createCase(db, { customerName: `客户${i}`, customerPhone: `1390000${String(i).padStart(4, '0')}`, channel: 'phone', subject: `问题 ${i}` }, { now: T0 + i, actor: localAgent, branchCode: 'SH01', utcOffsetMinutes: 480 });
  }
}
const subjects = (db: WritableDB) => (db.prepare('SELECT subject FROM cases ORDER BY subject').all() as { subject: string }[]).map((r) => r.subject);

/** A fake timer: the test runs what is due. */
function fakeTimer() {
  const pending: { run: () => void; ms: number; id: number }[] = [];
  let ids = 0;
  const timer: BackupTimer = {
    setTimeout: (run, ms) => {
      pending.push({ run, ms, id: ++ids });
      return ids;
    },
    clearTimeout: (id) => {
      const at = pending.findIndex((p) => p.id === id);
      if (at >= 0) pending.splice(at, 1);
    },
  };
  return { timer, pending, fire: () => pending.shift()!.run() };
}

async function until(condition: () => boolean) {
  for (let i = 0; i < 3000 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}

describe('backup and restore, on real SQLite', () => {
  it('restores exactly the backed-up cases and keeps the replaced store aside', async () => {
    const settingsBackend = memorySettingsBackend({});
    let clock = T0;
    const startup = createStartupController({ services: { userDataDir: temp.dir, settingsBackend, version: 't', osLocale: 'zh-CN', now: () => clock, backupTimer: fakeTimer().timer } });
    expect(await startup.start()).toEqual({ phase: 'ready' });
    const db = startup.services()!.rawDb();
    addCases(db, 0, 50);
    const backedUp = subjects(db);

    const made = await startup.dispatch(channelOf.backUpNow, undefined);
    expect(made).toMatchObject({ ok: true, value: { name: backupFileName(T0) } });
    addCases(db, 50, 10); // changes after the backup
    expect(subjects(db)).toHaveLength(60);

    clock += HOUR;
    const restored = await startup.dispatch(channelOf.restoreBackup, { name: backupFileName(T0) });
    expect(restored).toMatchObject({ ok: true });
    const keptAside = (restored as { value: { keptAside: string } }).value.keptAside;
    expect(keptAside).toMatch(/agentdesk\.before-restore-\d{8}-\d{6}\.db$/);
    expect(startup.state()).toEqual({ phase: 'ready' });
    expect(subjects(startup.services()!.rawDb())).toEqual(backedUp);

    // The replaced store is intact beside it, with the 60 cases.
    const aside = openDatabase(keptAside);
    expect(subjects(aside)).toHaveLength(60);
    aside.close();
    startup.close();
  });

  it('refuses to restore an unknown or damaged backup and leaves the store as it was', async () => {
    const settingsBackend = memorySettingsBackend({});
    const startup = createStartupController({ services: { userDataDir: temp.dir, settingsBackend, version: 't', osLocale: 'zh-CN', now: () => T0, backupTimer: fakeTimer().timer } });
    await startup.start();
    addCases(startup.services()!.rawDb(), 0, 5);
    const made = await startup.dispatch(channelOf.backUpNow, undefined);
    const name = (made as { value: { name: string } }).value.name;
    const path = join(temp.dir, 'backups', name);
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(100, 0x41), 0, 100, 0); // the header is gone
    closeSync(fd);

    expect(await startup.dispatch(channelOf.restoreBackup, { name })).toMatchObject({ ok: false, error: { code: 'storage' } });
    expect(await startup.dispatch(channelOf.restoreBackup, { name: backupFileName(T0 - DAY) })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await startup.dispatch(channelOf.restoreBackup, { name: '../agentdesk.db' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(subjects(startup.services()!.rawDb())).toHaveLength(5);
    expect(readdirSync(temp.dir).filter((f) => f.startsWith('agentdesk.before-restore'))).toEqual([]);
    startup.close();
  });

  it('a corrupt store file is reported damaged by the worker check', async () => {
    const path = join(temp.dir, 'agentdesk.db');
    const db = openDatabase(path);
    addCases(db, 0, 300);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    expect(await checkIntegrity(path)).toEqual({ ok: true });
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0xab), 0, 4096, 4096 * 10);
    closeSync(fd);
    expect(await checkIntegrity(path)).toMatchObject({ ok: false, reason: expect.any(String) });
  });

  it('writes a verified copy with the online backup while the store keeps taking saves', async () => {
    const db = openDatabase(join(temp.dir, 'agentdesk.db'));
    addCases(db, 0, 200);
    const running = backUpDatabase(db, join(temp.dir, 'backups'), T0);
    addCases(db, 200, 5); // a save while the backup runs goes through at once
    const file = await running;
    expect(file.name).toBe(backupFileName(T0));
    expect(await checkIntegrity(file.path)).toEqual({ ok: true });
    expect(readdirSync(join(temp.dir, 'backups'))).toEqual([file.name]); // no partial file left
    db.close();
  });

  it('sets a store aside with its WAL instead of deleting it', () => {
    const path = join(temp.dir, 'agentdesk.db');
    const db = openDatabase(path);
    addCases(db, 0, 3);
    const aside = setStoreAside(path, 'damaged', T0)!;
    db.close();
    expect(existsSync(path)).toBe(false);
    expect(statSync(aside).size).toBeGreaterThan(0);
  });
});

describe('the backup schedule', () => {
  it('backs up when due, one at a time, prunes old ones but keeps the newest, and retries after a failure', async () => {
    const db = openDatabase(join(temp.dir, 'agentdesk.db'));
    addCases(db, 0, 20);
    const dir = join(temp.dir, 'backups');
    let clock = T0;
    const { timer, pending, fire } = fakeTimer();
    let fail = false;
    const log: string[] = [];
    const service = createBackupService({
      db,
      folder: () => dir,
      everyHours: () => 24,
      keepDays: () => 14,
      now: () => clock,
      timer,
      log: (message) => log.push(message),
      backUp: async (source, target, at) => {
        if (fail) throw new Error('disk unplugged');
        return backUpDatabase(source, target, at);
      },
    });
    service.start();
    expect(pending).toHaveLength(1);
    expect(pending[0]!.ms).toBe(START_GRACE_MS); // none yet: due at once, after the start grace

    clock += START_GRACE_MS;
    fire();
    expect(service.overview().running).toBe(true);
    expect(service.backUpNow()).toBeInstanceOf(Promise); // joins the running one
    await until(() => listBackups(dir).length === 1 && pending.length === 1);
    expect(service.overview().running).toBe(false);
    expect(pending[0]!.ms).toBe(HOUR); // next due in 24 h, looked at hourly

    // 15 days on, the next run prunes the first backup but never the newest.
    clock += 15 * DAY;
    fire();
    await until(() => listBackups(dir).length === 1 && listBackups(dir)[0]!.takenAt === clock);

    fail = true;
    clock += 25 * HOUR;
    fire();
    await until(() => log.includes('backup failed'));
    await until(() => pending.length === 1);
    expect(pending[0]!.ms).toBe(RETRY_MS);
    expect(listBackups(dir)).toHaveLength(1);
    service.stop();
    expect(pending).toHaveLength(0);
    db.close();
  });
});

describe('a backup folder that cannot be used', () => {
  it('is logged and retried, never thrown out of the timer', async () => {
    const db = openDatabase(join(temp.dir, 'agentdesk.db'));
    const blocker = join(temp.dir, 'not-a-folder');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(blocker, 'a file where the folder should be');
    const { timer, pending, fire } = fakeTimer();
    const log: string[] = [];
    const service = createBackupService({ db, folder: () => join(blocker, 'backups'), everyHours: () => 24, keepDays: () => 14, now: () => T0, timer, log: (m) => log.push(m) });
    service.start();
    fire();
    await until(() => log.includes('backup failed') && pending.length === 1);
    expect(pending[0]!.ms).toBe(RETRY_MS);
    await expect(service.backUpNow()).rejects.toMatchObject({ code: 'storage', message: expect.stringContaining('cannot write a backup') });
    service.stop();
    db.close();
  });
});
