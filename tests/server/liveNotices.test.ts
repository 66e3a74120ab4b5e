import type { FastifyInstance } from 'fastify';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../src/main/actions/caseActions';
import type { WritableDB } from '../../src/main/store/db';
import { openDatabase } from '../../src/main/store/openDatabase';
import { SyncClient } from '../../src/main/sync/syncClient';
import { httpSyncTransport } from '../../src/main/sync/syncTransport';
import { buildServerApp } from '../../src/server/http/buildServerApp';
import { createAgent, createBranch } from '../../src/server/org/orgWrites';
import type { LoginResponse } from '../../src/shared/sync/protocol';
import { eventually, listenForNotices, loginOver, type NoticeListener } from '../support/noticeListener';
import { startServerProcess, type ServerProcess } from '../support/serverProcess';
import { makeTempDir } from '../support/tempDir';
import { openFreshServerDb, useFastScrypt, type TestServerDb } from './serverTestDb';

const PASSWORD = 'branch-office-1';

/**
 * Live notices (issue 17): a push that commits tells the signed-in desktops of its branch at once
 * over `GET /sync/events`, and their sync clients pull without waiting for the 30 s poll. On
 * PostgreSQL the notice crosses server processes through LISTEN/NOTIFY.
 */
describe('live notices', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let fresh: TestServerDb;
  const closers: (() => unknown)[] = [];

  beforeAll(useFastScrypt);
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
    await fresh?.cleanup();
    temp?.cleanup();
  });

  async function seed(backend: 'sqlite' | 'postgres') {
    temp = makeTempDir();
    fresh = await openFreshServerDb(backend, temp.dir);
    await createBranch(fresh.db, { code: 'SH01', name: '上海一部' });
    await createBranch(fresh.db, { code: 'BJ01', name: '北京一部' });
    await createAgent(fresh.db, { number: '1001', name: '李明', role: 'agent', branch: 'SH01', password: PASSWORD });
    await createAgent(fresh.db, { number: '1002', name: '王组长', role: 'lead', branch: 'SH01', password: PASSWORD });
    await createAgent(fresh.db, { number: '2001', name: '赵强', role: 'agent', branch: 'BJ01', password: PASSWORD });
  }

  async function inProcessServer(): Promise<string> {
    const app: FastifyInstance = buildServerApp({ db: fresh.db });
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    closers.push(() => app.close());
    return url;
  }

  function listen(url: string, login: LoginResponse): NoticeListener {
    const listener = listenForNotices(url, login.token);
    closers.push(() => listener.close());
    return listener;
  }

  /** A desktop store signed in as `login` on `url`, its poll set to an hour so only a notice can bring changes quickly. */
  function desktop(name: string, url: string, login: LoginResponse, live: boolean) {
    const db: WritableDB = openDatabase(join(temp.dir, `${name}.db`));
    const transport = httpSyncTransport(url, () => login.token, 5_000);
    if (!live) delete transport.notices;
    const client = new SyncClient({ db, transport, intervalMs: 3_600_000 });
    closers.push(() => {
      client.stop();
      db.close();
    });
    const ctx = () => ({ now: Date.now(), actor: { agentId: login.agent.id, role: login.agent.role, placement: { branchId: login.agent.branchId, teamId: null } }, branchCode: 'SH01', utcOffsetMinutes: 480 });
    return { db, client, ctx };
  }

  /** The start-up sync is over: from now on only a notice (or the hourly poll) makes the client pull. */
  const idleAfterSync = (client: SyncClient) => client.status().lastSyncAt !== null && client.status().phase === 'idle';
  const caseCount = (db: WritableDB, subject: string) => db.prepare('SELECT count(*) FROM cases WHERE subject = ?').pluck().get(subject) as number;

  it('on SQLite: a push reaches the branch and admins, never another branch, and a started desktop pulls it at once', async () => {
    await seed('sqlite');
    const url = await inProcessServer();
    const [agent, lead, other] = await Promise.all([loginOver(url, '1001', PASSWORD), loginOver(url, '1002', PASSWORD), loginOver(url, '2001', PASSWORD)]);
    const leadStream = listen(url, lead);
    const otherStream = listen(url, other);
    await Promise.all([leadStream.ready, otherStream.ready]);

    // The lead's desktop syncs once at start, then only polls hourly: only a notice brings the case soon.
    const leadDesk = desktop('lead', url, lead, true);
    leadDesk.client.start();
    await eventually(() => leadDesk.client.live(), 30_000, 'lead desktop live');
    await eventually(() => idleAfterSync(leadDesk.client), 30_000, 'lead desktop synced once');
    const agentDesk = desktop('agent', url, agent, false);
    createCase(agentDesk.db, { customerName: '王女士', customerPhone: '13812345678', channel: 'phone', subject: '洗衣机漏水' }, agentDesk.ctx());
    const pushedAt = Date.now();
    await agentDesk.client.syncNow();
    expect(agentDesk.client.status().lastError).toBeNull();

    const notice = await leadStream.next((n) => n.kind === 'changes' && n.branchId === lead.agent.branchId);
    expect(notice).toEqual({ kind: 'changes', branchId: agent.agent.branchId });
    await eventually(() => caseCount(leadDesk.db, '洗衣机漏水') === 1, 30_000, 'case on the lead desktop');
    console.log(`live sync (sqlite): case pushed → on the lead's desktop in ${Date.now() - pushedAt} ms`);

    // The other branch hears only about its own rows: its own push is its first notice.
    const otherDesk = desktop('other', url, other, false);
    createCase(otherDesk.db, { customerName: '孙先生', customerPhone: '13900001111', channel: 'phone', subject: '空调异响' }, { ...otherDesk.ctx(), branchCode: 'BJ01' });
    await otherDesk.client.syncNow();
    await otherStream.next((n) => n.kind === 'changes' && n.branchId === other.agent.branchId);
    expect(otherStream.notices.filter((n) => n.branchId === agent.agent.branchId)).toEqual([]);
  });

  it('refuses a stream without a valid token', async () => {
    await seed('sqlite');
    const url = await inProcessServer();
    expect((await fetch(`${url}/sync/events`)).status).toBe(401);
    expect((await fetch(`${url}/sync/events`, { headers: { authorization: 'Bearer nope' } })).status).toBe(401);
  });

  it('a desktop reconnects after the server restarts and pulls what changed meanwhile', async () => {
    await seed('sqlite');
    let app = buildServerApp({ db: fresh.db });
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    const port = new URL(url).port;
    const [agent, lead] = await Promise.all([loginOver(url, '1001', PASSWORD), loginOver(url, '1002', PASSWORD)]);
    const leadDesk = desktop('lead', url, lead, true);
    // fast reconnects for the test: the stream's backoff starts at its default base
    leadDesk.client.start();
    await eventually(() => leadDesk.client.live(), 30_000, 'lead desktop live');
    await app.close();
    await eventually(() => !leadDesk.client.live(), 30_000, 'stream closed with the server');
    app = buildServerApp({ db: fresh.db });
    await app.listen({ host: '127.0.0.1', port: Number(port) });
    closers.push(() => app.close());
    await eventually(() => leadDesk.client.live(), 60_000, 'lead desktop live again');
    const agentDesk = desktop('agent', url, agent, false);
    createCase(agentDesk.db, { customerName: '周女士', customerPhone: '13700002222', channel: 'phone', subject: '电视黑屏' }, agentDesk.ctx());
    await agentDesk.client.syncNow();
    await eventually(() => caseCount(leadDesk.db, '电视黑屏') === 1, 30_000, 'case on the lead desktop after the restart');
  });

  it('on PostgreSQL: a push to one server process reaches desktops connected to another (LISTEN/NOTIFY)', async () => {
    await seed('postgres');
    const serverA: ServerProcess = await startServerProcess(fresh.options);
    closers.push(() => serverA.kill('SIGKILL'));
    const serverB: ServerProcess = await startServerProcess(fresh.options);
    closers.push(() => serverB.kill('SIGKILL'));
    const [agent, lead, other] = await Promise.all([loginOver(serverA.url, '1001', PASSWORD), loginOver(serverB.url, '1002', PASSWORD), loginOver(serverB.url, '2001', PASSWORD)]);
    const leadStream = listen(serverB.url, lead);
    const otherStream = listen(serverB.url, other);
    await Promise.all([leadStream.ready, otherStream.ready]);
    const leadDesk = desktop('lead', serverB.url, lead, true);
    leadDesk.client.start();
    await eventually(() => leadDesk.client.live(), 30_000, 'lead desktop live');
    await eventually(() => idleAfterSync(leadDesk.client), 30_000, 'lead desktop synced once');

    const agentDesk = desktop('agent', serverA.url, agent, false);
    createCase(agentDesk.db, { customerName: '王女士', customerPhone: '13812345678', channel: 'phone', subject: '冰箱不制冷' }, agentDesk.ctx());
    const pushedAt = Date.now();
    await agentDesk.client.syncNow();
    expect(agentDesk.client.status().lastError).toBeNull();
    expect(await leadStream.next((n) => n.kind === 'changes' && n.branchId === agent.agent.branchId)).toEqual({ kind: 'changes', branchId: agent.agent.branchId });
    await eventually(() => caseCount(leadDesk.db, '冰箱不制冷') === 1, 30_000, 'case on the lead desktop');
    console.log(`live sync (postgres, two processes): case pushed on A → on the lead's desktop via B in ${Date.now() - pushedAt} ms`);

    const otherDesk = desktop('other', serverA.url, other, false);
    createCase(otherDesk.db, { customerName: '孙先生', customerPhone: '13900001111', channel: 'phone', subject: '空调异响' }, { ...otherDesk.ctx(), branchCode: 'BJ01' });
    await otherDesk.client.syncNow();
    await otherStream.next((n) => n.kind === 'changes' && n.branchId === other.agent.branchId);
    expect(otherStream.notices.filter((n) => n.branchId === agent.agent.branchId)).toEqual([]);
  });
});
