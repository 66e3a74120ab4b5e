import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../tools/demo/seedDemo';
import { openDatabase } from '../../src/main/store/openDatabase';
import { pullCursorOf } from '../../src/main/store/sync/syncState';
import { snapshotEligible } from '../../src/main/sync/snapshotSync';
import { httpSyncTransport } from '../../src/main/sync/syncTransport';
import { importRows, storeRows } from '../../src/server/admin/importStore';
import { createAgent } from '../../src/server/org/orgWrites';
import { pushableTables } from '../../src/shared/sync/syncTables';
import { startServerProcess, type ServerProcess } from '../support/serverProcess';
import { desktopRows } from '../support/syncHarness';
import { makeTempDir } from '../support/tempDir';
import { openFreshServerDb, useFastScrypt, type TestServerDb } from './serverTestDb';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Runs tests/support/snapshotChild.ts; resolves with what it printed and whether it was killed. */
function runChild(dbPath: string, url: string, token: string, kill: boolean): Promise<{ out: string; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/snapshotChild.ts', dbPath, url, token, ...(kill ? ['kill'] : [])], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => void (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => void (errors += chunk.toString()));
    child.once('exit', (code, signal) => (code === 0 || signal === 'SIGKILL' ? resolve({ out, killed: signal === 'SIGKILL' }) : reject(new Error(`snapshot child failed (${code}): ${errors}`))));
  });
}

/**
 * Issue 19: the first-sync snapshot loads under a rollback journal (not the WAL) when nothing else
 * has the store open. A desktop killed mid-load must come back as it was before the load — no
 * rows, cursor 0, a sound file in WAL mode — and take the whole snapshot on the next try.
 */
describe('a desktop SIGKILLed while it loads its first-sync snapshot', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let fresh: TestServerDb;
  let server: ServerProcess;

  beforeEach(async () => {
    useFastScrypt();
    temp = makeTempDir();
    fresh = await openFreshServerDb('sqlite', temp.dir);
    const source = openDatabase(join(temp.dir, 'source.db'));
    await seedDemo(source, { cases: 150 });
    await importRows(fresh.db, storeRows(source));
    source.close();
    await createAgent(fresh.db, { number: '9001', name: '管理员', role: 'admin', branch: 'SH01', password: 'branch-office-1' });
    server = await startServerProcess(fresh.options);
  });
  afterEach(async () => {
    await server.kill('SIGKILL');
    await fresh.cleanup();
    temp.cleanup();
  });

  it('rolls back whole from its journal, then loads every row on the next try', async () => {
    const { token } = await httpSyncTransport(server.url, () => null).login({ number: '9001', password: 'branch-office-1' });
    const dbPath = join(temp.dir, 'desktop.db');
    openDatabase(dbPath).close();

    const killed = await runChild(dbPath, server.url, token, true);
    expect(killed.killed).toBe(true);
    expect(killed.out).toMatch(/^journal truncate$/m); // the load ran under the rollback journal…
    expect(Number(/^cases (\d+)$/m.exec(killed.out)?.[1])).toBeGreaterThan(100); // …with its rows written when it was killed
    expect(existsSync(`${dbPath}-journal`)).toBe(true); // a hot journal left behind

    let db = openDatabase(dbPath);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(pushableTables.every((t) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n === 0)).toBe(true);
    expect(pullCursorOf(db)).toBe(0);
    expect(snapshotEligible(db)).toBe(true);
    // The indexes and sync-capture triggers dropped for the load are back.
    expect((db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'index' AND name = 'cases_by_update'").get() as { n: number }).n).toBe(1);
    db.close();

    const again = await runChild(dbPath, server.url, token, false);
    expect(again.out).toMatch(/^loaded$/m);
    db = openDatabase(dbPath);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const cursor = pullCursorOf(db);
    expect(cursor).toBeGreaterThan(0);
    const pushable = new Set<string>(pushableTables);
    const records = await fresh.db.read((tx) => tx.all<{ tbl: string; pk: string; data: string }>('SELECT tbl, pk, data FROM records WHERE change_seq <= $1', [cursor]));
    expect(desktopRows(db)).toEqual(Object.fromEntries(records.filter((r) => pushable.has(r.tbl)).map((r) => [`${r.tbl}/${r.pk}`, JSON.parse(r.data) as unknown])));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
