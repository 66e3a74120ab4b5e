import type { Database } from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addNote, createCase } from '../../src/main/actions/caseActions';
import { openDatabase } from '../../src/main/store/openDatabase';
import { nextPushBatch } from '../../src/main/sync/pushOutbox';
import { SyncClient } from '../../src/main/sync/syncClient';
import { httpSyncTransport, type SyncHttpError, type SyncTransport } from '../../src/main/sync/syncTransport';
import type { LoginResponse, PushResponse } from '../../src/shared/sync/protocol';
import { createAgent, createBranch } from '../../src/server/org/orgWrites';
import { startServerProcess, type ServerProcess } from '../support/serverProcess';
import { desktopRows, serverRows } from '../support/syncHarness';
import { startSyncProxy, type SyncProxy } from '../support/syncProxy';
import { makeTempDir } from '../support/tempDir';
import { backends, openFreshServerDb, useFastScrypt, type TestServerDb } from './serverTestDb';

const PASSWORD = 'branch-office-1';

describe.each(backends)('sync faults with real server processes (%s)', (backend) => {
  let temp: ReturnType<typeof makeTempDir>;
  let fresh: TestServerDb;
  let proxy: SyncProxy;
  const servers: ServerProcess[] = [];
  const desktops: Database[] = [];

  const startServer = async () => {
    const server = await startServerProcess(fresh.options);
    servers.push(server);
    return server;
  };

  beforeEach(async () => {
    useFastScrypt();
    temp = makeTempDir();
    fresh = await openFreshServerDb(backend, temp.dir);
    await createBranch(fresh.db, { code: 'SH01', name: '上海一部' });
    await createAgent(fresh.db, { number: '1001', name: '李明', role: 'agent', branch: 'SH01', password: PASSWORD });
    await createAgent(fresh.db, { number: '1002', name: '周红', role: 'agent', branch: 'SH01', password: PASSWORD });
    proxy = await startSyncProxy();
  });
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.kill('SIGKILL');
    for (const db of desktops.splice(0)) db.close();
    await proxy.close();
    await fresh.cleanup();
    temp.cleanup();
  });

  /** A desktop signed in through `url`, with its branch's organisation pulled. */
  const signIn = async (name: string, url: string, number = '1001') => {
    const login: LoginResponse = await httpSyncTransport(url, () => null).login({ number, password: PASSWORD });
    const db = openDatabase(join(temp.dir, `${name}.db`));
    desktops.push(db);
    const transport = httpSyncTransport(url, () => login.token);
    const client = new SyncClient({ db, transport, pageSize: 100 });
    await client.syncNow();
    const ctx = (now = Date.now()) => ({ now, actor: { agentId: login.agent.id, role: login.agent.role }, branchCode: 'SH01', utcOffsetMinutes: 480 });
    return { db, client, transport, login, ctx };
  };

  const mutationsOnServer = async () => Number((await fresh.db.read((tx) => tx.all<{ n: number }>('SELECT count(*) AS n FROM sync_mutations')))[0]!.n);

  it('1. a server SIGKILLed between its commit and the desktop\'s ack: the retry applies nothing twice', async () => {
    const first = await startServer();
    proxy.setTarget(first.url);
    const desk = await signIn('a', proxy.url);
    const caseId = createCase(desk.db, { customerName: '王女士', customerPhone: '13812345678', channel: 'phone', subject: '洗衣机漏水' }, desk.ctx());
    for (let i = 0; i < 20; i++) addNote(desk.db, caseId, `第 ${i} 条备注`, desk.ctx());
    const made = desk.client.status().pending;

    proxy.dropNextPushAnswer(() => first.kill('SIGKILL'));
    await desk.client.syncNow();
    expect(desk.client.status()).toMatchObject({ phase: 'offline', pending: made });
    expect(await mutationsOnServer()).toBe(made); // committed, but the desktop never heard

    const second = await startServer();
    proxy.setTarget(second.url);
    const answers: PushResponse[] = [];
    const spy: SyncTransport = { ...desk.transport, push: async (r) => answers[answers.push(await desk.transport.push(r)) - 1]! };
    const retry = new SyncClient({ db: desk.db, transport: { ...spy, login: desk.transport.login, pull: (r) => httpSyncTransport(proxy.url, () => desk.login.token).pull(r) } });
    await retry.syncNow();
    expect(answers.flatMap((a) => a.results.map((r) => r.status))).toEqual(Array(made).fill('duplicate'));
    expect(retry.status()).toMatchObject({ pending: 0, rejected: 0 });
    expect(await mutationsOnServer()).toBe(made);
    expect(desktopRows(desk.db)).toEqual(await serverRows(fresh.db, desk.login.agent.branchId));
  });

  it('3. the same batch pushed twice at once, through two server processes on one database, is applied once; a gap is refused', async () => {
    const [one, two] = [await startServer(), await startServer()];
    const desk = await signIn('a', one.url);
    const caseId = createCase(desk.db, { customerName: '李先生', customerPhone: '13900001111', channel: 'chat', subject: '冰箱不制冷' }, desk.ctx());
    for (let i = 0; i < 30; i++) addNote(desk.db, caseId, `备注 ${i}`, desk.ctx());
    const batch = nextPushBatch(desk.db)!;
    const viaTwo = httpSyncTransport(two.url, () => desk.login.token);
    const [a, b] = await Promise.all([desk.transport.push(batch), viaTwo.push(batch)]);
    const statuses = [a, b].map((answer) => [...new Set(answer.results.map((r) => r.status))]);
    expect(statuses.sort()).toEqual([['applied'], ['duplicate']]);
    expect(await mutationsOnServer()).toBe(batch.mutations.length);

    const before = await serverRows(fresh.db, desk.login.agent.branchId);
    addNote(desk.db, caseId, '跳号的备注', desk.ctx());
    const next = nextPushBatch(desk.db)!;
    const gapped = { ...next, mutations: next.mutations.filter((m) => m.seq > batch.mutations.length).map((m) => ({ ...m, seq: m.seq + 1 })) };
    await expect(viaTwo.push(gapped)).rejects.toMatchObject({ status: 409, code: 'seqGap' } satisfies Partial<SyncHttpError>);
    expect(await serverRows(fresh.db, desk.login.agent.branchId)).toEqual(before);
  });

  it('4. a server killed in the middle of a batch leaves nothing half-applied, again and again', async () => {
    let server = await startServer();
    proxy.setTarget(server.url);
    const desk = await signIn('a', proxy.url);
    const caseId = createCase(desk.db, { customerName: '赵女士', customerPhone: '13700002222', channel: 'phone', subject: '空调异响' }, desk.ctx());
    await desk.client.syncNow();
    for (const delayMs of [5, 15, 30, 60]) {
      const before = await mutationsOnServer();
      for (let i = 0; i < 500; i++) addNote(desk.db, caseId, `批量备注 ${delayMs}-${i}`, desk.ctx());
      const pushing = desk.client.syncNow();
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      await server.kill('SIGKILL');
      await pushing;
      const applied = (await mutationsOnServer()) - before;
      expect([0, 500]).toContain(applied);
      const notes = await fresh.db.read((tx) => tx.all<{ n: number }>(`SELECT count(*) AS n FROM records WHERE tbl = 'timeline_events' AND data LIKE $1`, [`%批量备注 ${delayMs}-%`]));
      expect(Number(notes[0]!.n)).toBe(applied);
      server = await startServer();
      proxy.setTarget(server.url);
      await desk.client.syncNow();
      expect(desk.client.status()).toMatchObject({ pending: 0 });
      expect((await mutationsOnServer()) - before).toBe(500);
    }
    expect(desktopRows(desk.db)).toEqual(await serverRows(fresh.db, desk.login.agent.branchId));
  }, 300_000); // restarts a real server several times: a generous ceiling for a loaded machine, not a timing assertion

  it('two desktops on two server processes sharing one database converge', async () => {
    const [one, two] = [await startServer(), await startServer()];
    const a = await signIn('a', one.url, '1001');
    const b = await signIn('b', two.url, '1002');
    const caseId = createCase(a.db, { customerName: '钱先生', customerPhone: '13600003333', channel: 'phone', subject: '电视无信号' }, a.ctx());
    await a.client.syncNow();
    await b.client.syncNow();
    addNote(a.db, caseId, '甲的备注', a.ctx());
    addNote(b.db, caseId, '乙的备注', b.ctx());
    await Promise.all([a.client.syncNow(), b.client.syncNow()]);
    await a.client.syncNow();
    await b.client.syncNow();
    const expected = await serverRows(fresh.db, a.login.agent.branchId);
    expect(desktopRows(a.db)).toEqual(expected);
    expect(desktopRows(b.db)).toEqual(expected);
  });
});
