import BetterSqlite3, { type Database } from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addNote, createCase, updateCase } from '../../src/main/actions/caseActions';
import { openDatabase } from '../../src/main/store/openDatabase';
import { SyncClient } from '../../src/main/sync/syncClient';
import { httpSyncTransport } from '../../src/main/sync/syncTransport';
import type { LoginResponse } from '../../src/shared/sync/protocol';
import { createAgent, createBranch } from '../../src/server/org/orgWrites';
import { openServerDb, type OpenServerDbOptions } from '../../src/server/storage/openServerDb';
import type { ServerDb } from '../../src/server/storage/serverDb';
import { startServerProcess, type ServerProcess } from '../support/serverProcess';
import { desktopRows, serverRows } from '../support/syncHarness';
import { makeTempDir } from '../support/tempDir';
import { backends, dropPgSchema, openFreshServerDb, TEST_PG_URL, useFastScrypt, type Backend } from './serverTestDb';

const PASSWORD = 'branch-office-1';

/**
 * Issue 15: a server restored from a backup must not stop desktops nor lose what it acknowledged
 * after the copy; a desktop pointed at another (new, empty) server must not push its history there.
 */
describe.each(backends)('sync after a server restore (%s)', (backend: Backend) => {
  let temp: ReturnType<typeof makeTempDir>;
  let options: OpenServerDbOptions;
  let server: ServerDb | null = null;
  const others: { db: ServerDb; options: OpenServerDbOptions }[] = [];
  const processes: ServerProcess[] = [];
  const desktops: Database[] = [];

  /** A fresh server database with branch SH01 and agents 1001, 1002. */
  const freshServer = async () => {
    const fresh = await openFreshServerDb(backend, temp.dir);
    await createBranch(fresh.db, { code: 'SH01', name: '上海一部' });
    await createAgent(fresh.db, { number: '1001', name: '李明', role: 'agent', branch: 'SH01', password: PASSWORD });
    await createAgent(fresh.db, { number: '1002', name: '周红', role: 'agent', branch: 'SH01', password: PASSWORD });
    return fresh;
  };

  beforeEach(async () => {
    useFastScrypt();
    temp = makeTempDir();
    const fresh = await freshServer();
    server = fresh.db;
    options = fresh.options;
  });
  afterEach(async () => {
    for (const p of processes.splice(0)) await p.kill('SIGKILL');
    for (const db of desktops.splice(0)) db.close();
    await server?.close();
    server = null;
    for (const other of others.splice(0)) {
      await other.db.close();
      if (other.options.pgSchema) await dropPgSchema(other.options.pgSchema);
    }
    if (options.pgSchema) await dropPgSchema(options.pgSchema);
    temp.cleanup();
  });

  const start = async (on: OpenServerDbOptions = options) => {
    const p = await startServerProcess(on);
    processes.push(p);
    return p;
  };

  const signIn = async (name: string, url: string, number: string) => {
    const login: LoginResponse = await httpSyncTransport(url, () => null).login({ number, password: PASSWORD });
    const db = openDatabase(join(temp.dir, `${name}.db`));
    desktops.push(db);
    let token = login.token;
    const desk = {
      db,
      login,
      client: new SyncClient({ db, transport: httpSyncTransport(url, () => token), pageSize: 7 }),
      ctx: () => ({ now: Date.now(), actor: { agentId: login.agent.id, role: login.agent.role }, branchCode: 'SH01', utcOffsetMinutes: 480 }),
      /** Points the desktop at another server (as the settings screen does), signed in there. */
      async repoint(to: string) {
        token = (await httpSyncTransport(to, () => null).login({ number, password: PASSWORD })).token;
        desk.client.stop();
        desk.client = new SyncClient({ db, transport: httpSyncTransport(to, () => token), pageSize: 7 });
      },
    };
    await desk.client.syncNow();
    return desk;
  };

  const lastAcked = (db: Database) => (db.prepare('SELECT last_acked_seq AS s FROM sync_state').get() as { s: number }).s;
  const ackedAfter = (db: Database, seq: number) => (db.prepare('SELECT mutation_id AS id FROM outbox_acked WHERE seq > ? ORDER BY seq').all(seq) as { id: string }[]).map((r) => r.id);

  /** Backup while the server runs: SQLite's online backup, or pg_dump of the schema. */
  const backup = async (): Promise<string> => {
    const file = join(temp.dir, 'backup');
    if (backend === 'sqlite') {
      const conn = new BetterSqlite3(options.sqlitePath!, { readonly: true });
      await conn.backup(file);
      conn.close();
    } else {
      execFileSync('pg_dump', ['--dbname', TEST_PG_URL, '--schema', options.pgSchema!, '--format', 'custom', '--file', file]);
    }
    return file;
  };

  /** Restore with every server stopped: the SQLite file copied back, or the schema dropped and pg_restore'd. */
  const restore = async (file: string) => {
    for (const p of processes.splice(0)) await p.kill('SIGTERM');
    await server!.close();
    if (backend === 'sqlite') {
      for (const suffix of ['-wal', '-shm']) rmSync(options.sqlitePath! + suffix, { force: true });
      copyFileSync(file, options.sqlitePath!);
    } else {
      await dropPgSchema(options.pgSchema!);
      execFileSync('pg_restore', ['--dbname', TEST_PG_URL, file]);
    }
    server = await openServerDb(options);
  };

  const appliedOnServer = async (ids: readonly string[]) => {
    const rows = await server!.read((tx) => tx.all<{ mutation_id: string; status: string }>('SELECT mutation_id, status FROM sync_mutations'));
    return ids.map((id) => rows.filter((r) => r.mutation_id === id).map((r) => r.status).join(','));
  };

  it('a backup taken before N acknowledged mutations from two desktops: after one round all N are on the server once, and every replica equals it', async () => {
    let url = (await start()).url;
    const a = await signIn('a', url, '1001');
    const b = await signIn('b', url, '1002');
    const caseId = createCase(a.db, { customerName: '王女士', customerPhone: '13812345678', channel: 'phone', subject: '洗衣机漏水' }, a.ctx());
    addNote(a.db, caseId, '备份前的备注', a.ctx());
    await a.client.syncNow();
    await b.client.syncNow();
    addNote(b.db, caseId, '乙在备份前的备注', b.ctx());
    await b.client.syncNow();

    const file = await backup();
    const seqAtBackup = { a: lastAcked(a.db), b: lastAcked(b.db) };

    // acknowledged after the copy: a new case, notes, a field edit; each desktop pulls the other's
    const laterCase = createCase(a.db, { customerName: '李先生', customerPhone: '13900001111', channel: 'chat', subject: '冰箱不制冷' }, a.ctx());
    for (let i = 0; i < 12; i++) addNote(a.db, i % 2 ? caseId : laterCase, `甲的备注 ${i}`, a.ctx());
    await a.client.syncNow();
    await b.client.syncNow();
    updateCase(b.db, laterCase, { subject: '冰箱不制冷（已派工）', priority: 'high' }, b.ctx());
    for (let i = 0; i < 9; i++) addNote(b.db, laterCase, `乙的备注 ${i}`, b.ctx());
    await b.client.syncNow();
    await a.client.syncNow();
    const acked = [...ackedAfter(a.db, seqAtBackup.a), ...ackedAfter(b.db, seqAtBackup.b)];
    expect(acked.length).toBeGreaterThanOrEqual(13 + 10); // one or more mutations per action
    expect(a.client.status()).toMatchObject({ pending: 0, lastError: null });
    expect(b.client.status()).toMatchObject({ pending: 0, lastError: null });

    await restore(file);
    expect(new Set(await appliedOnServer(acked))).toEqual(new Set([''])); // the restore lost them all
    url = (await start()).url;
    await a.repoint(url);
    await b.repoint(url);

    // a edits after the restore too, so the server hands out change numbers b's cursor already passed
    addNote(a.db, caseId, '恢复后的备注', a.ctx());
    await a.client.syncNow();
    await b.client.syncNow();
    expect(a.client.status()).toMatchObject({ phase: 'idle', pending: 0, rejected: 0, lastError: null });
    expect(b.client.status()).toMatchObject({ phase: 'idle', pending: 0, rejected: 0, lastError: null });
    expect(await appliedOnServer(acked)).toEqual(acked.map(() => 'applied'));
    const notes = await server!.read((tx) => tx.all<{ n: number }>("SELECT count(*) AS n FROM records WHERE tbl = 'timeline_events' AND data LIKE '%的备注%'"));
    expect(Number(notes[0]!.n)).toBe(2 + 12 + 9 + 1);

    await a.client.syncNow(); // a pulls what b sent again after a's round
    const expected = await serverRows(server!, a.login.agent.branchId);
    expect(expected[`cases/${laterCase}`]).toMatchObject({ subject: '冰箱不制冷（已派工）', priority: 'high' });
    expect(desktopRows(a.db)).toEqual(expected);
    expect(desktopRows(b.db)).toEqual(expected);
  });

  it('a desktop pointed at a new, empty server refuses to sync there and keeps its data and outbox', async () => {
    const first = await start();
    const a = await signIn('a', first.url, '1001');
    const caseId = createCase(a.db, { customerName: '赵女士', customerPhone: '13700002222', channel: 'phone', subject: '空调异响' }, a.ctx());
    await a.client.syncNow();
    addNote(a.db, caseId, '换服务器前的备注', a.ctx());
    const before = desktopRows(a.db);

    const other = await freshServer();
    others.push(other);
    const second = await start(other.options);
    await a.repoint(second.url);
    await a.client.syncNow();
    expect(a.client.status()).toMatchObject({ phase: 'error', pending: 1 });
    expect(a.client.status().lastError).toMatch(/synced with server .* this server's database is/);
    const onNew = await other.db.read((tx) => tx.all<{ n: number }>("SELECT count(*) AS n FROM records WHERE tbl IN ('cases', 'timeline_events', 'customers')"));
    expect(Number(onNew[0]!.n)).toBe(0);
    expect(Number((await other.db.read((tx) => tx.all<{ n: number }>('SELECT count(*) AS n FROM sync_mutations')))[0]!.n)).toBe(0);
    expect(desktopRows(a.db)).toEqual(before);

    // back on its own server, it carries on
    await a.repoint(first.url);
    await a.client.syncNow();
    expect(a.client.status()).toMatchObject({ phase: 'idle', pending: 0, lastError: null });
    expect(desktopRows(a.db)).toEqual(await serverRows(server!, a.login.agent.branchId));
  });
});
