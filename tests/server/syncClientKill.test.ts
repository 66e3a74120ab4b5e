import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../tools/demo/seedDemo';
import { openDatabase } from '../../src/main/store/openDatabase';
import { pullCursorOf } from '../../src/main/store/sync/syncState';
import { httpSyncTransport } from '../../src/main/sync/syncTransport';
import { importRows, storeRows } from '../../src/server/admin/importStore';
import { createAgent } from '../../src/server/org/orgWrites';
import { pushableTables } from '../../src/shared/sync/syncTables';
import { startServerProcess, type ServerProcess } from '../support/serverProcess';
import { desktopRows } from '../support/syncHarness';
import { makeTempDir } from '../support/tempDir';
import { backends, openFreshServerDb, useFastScrypt, type TestServerDb } from './serverTestDb';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const kills = Number(process.env['AGENTDESK_CLIENT_KILLS'] ?? 6);

/** Runs the sync client in a child process; SIGKILLs it after `killAfterPages` applied pages (or lets it finish). */
function runChild(dbPath: string, url: string, token: string, killAfterPages: number | null): Promise<{ pages: number; finished: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/syncChild.ts', dbPath, url, token, '40'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let pages = 0;
    let finished = false;
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => {
      pages += (chunk.toString().match(/^page /gm) ?? []).length;
      if (/^done$/m.test(chunk.toString())) finished = true;
      // Killed at once, typically while the next page is being applied.
      if (killAfterPages !== null && pages >= killAfterPages) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => void (errors += chunk.toString()));
    child.once('exit', (code, signal) => (code === 0 || signal === 'SIGKILL' ? resolve({ pages, finished }) : reject(new Error(`sync child failed (${code}): ${errors}`))));
  });
}

describe.each(backends)('2. a desktop SIGKILLed while it applies pulled pages (%s)', (backend) => {
  let temp: ReturnType<typeof makeTempDir>;
  let fresh: TestServerDb;
  let server: ServerProcess;

  beforeEach(async () => {
    useFastScrypt();
    temp = makeTempDir();
    fresh = await openFreshServerDb(backend, temp.dir);
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

  it(`moves data and cursor together through ${kills} kills, then finishes equal to the server`, async () => {
    const { token } = await httpSyncTransport(server.url, () => null).login({ number: '9001', password: 'branch-office-1' });
    const dbPath = join(temp.dir, 'desktop.db');
    openDatabase(dbPath).close();
    const pushable = new Set<string>(pushableTables);
    const serverUpTo = async (cursor: number) => {
      const records = await fresh.db.read((tx) => tx.all<{ tbl: string; pk: string; data: string }>('SELECT tbl, pk, data FROM records WHERE change_seq <= $1', [cursor]));
      return Object.fromEntries(records.filter((r) => pushable.has(r.tbl)).map((r) => [`${r.tbl}/${r.pk}`, JSON.parse(r.data) as unknown]));
    };
    let lastCursor = 0;
    for (let kill = 0; kill < kills; kill++) {
      const { finished } = await runChild(dbPath, server.url, token, 1 + (kill % 3));
      const db = openDatabase(dbPath);
      const cursor = pullCursorOf(db);
      expect(cursor).toBeGreaterThanOrEqual(lastCursor);
      lastCursor = cursor;
      // Exactly the rows up to the cursor: nothing applied without its cursor, no cursor without its rows.
      expect(desktopRows(db)).toEqual(await serverUpTo(cursor));
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
      if (finished) break;
    }
    const { finished } = await runChild(dbPath, server.url, token, null);
    expect(finished).toBe(true);
    const db = openDatabase(dbPath);
    expect(desktopRows(db)).toEqual(await serverUpTo(Number.MAX_SAFE_INTEGER));
    db.close();
  });
});
