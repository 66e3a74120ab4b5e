import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addNote, changeCaseStatus, createCase, updateCase } from '../../src/main/actions/caseActions';
import { completeFollowUp, rescheduleFollowUp } from '../../src/main/actions/followUpActions';
import { saveWrapUp } from '../../src/main/actions/saveWrapUp';
import type { ServerDb } from '../../src/server/storage/serverDb';
import { agentOf, BRANCH_A, BRANCH_B, desktopRows, openDesktop, seedOrganisation, serverRows, type Desktop } from '../support/syncHarness';
import { backends, openFreshServerDb, type TestServerDb } from './serverTestDb';
import { makeTempDir } from '../support/tempDir';
import { sampleWrapUp } from '../support/wrapUpFixture';

const T0 = Date.UTC(2026, 10, 23, 1, 0);
const alice = agentOf('1001');
const bob = agentOf('1002');
const carol = agentOf('2001', BRANCH_B);

describe.each(backends)('sync convergence (%s)', (backend) => {
  let temp: ReturnType<typeof makeTempDir>;
  let server: ServerDb;
  let fresh: TestServerDb;
  let clock = T0;
  const now = () => clock;
  const open: Desktop[] = [];
  /** A desktop that has signed in and pulled its branch's organisation once. */
  const desktop = async (name: string, agent = alice) => {
    const d = openDesktop(temp.dir, name, server, agent, now);
    open.push(d);
    await d.client.syncNow();
    return d;
  };

  beforeEach(async () => {
    temp = makeTempDir();
    clock = T0;
    fresh = await openFreshServerDb(backend, temp.dir);
    server = fresh.db;
    await seedOrganisation(server, [alice, bob, carol]);
  });
  afterEach(async () => {
    for (const d of open.splice(0)) d.close();
    await fresh.cleanup();
    temp.cleanup();
  });

  const expectConverged = async (...desktops: Desktop[]) => {
    const expected = await serverRows(server, BRANCH_A);
    for (const d of desktops) expect(desktopRows(d.db)).toEqual(expected);
  };

  it('two desktops editing one case offline end identical to the server: same field, different fields, notes, follow-up done vs moved', async () => {
    const a = await desktop('a', alice);
    const b = await desktop('b', bob);
    const caseId = createCase(a.db, { customerName: '王女士', customerPhone: '13812345678', channel: 'phone', subject: '洗衣机漏水', scenario: 'afterSales' }, a.ctx(clock));
    const { followUpId } = saveWrapUp(a.db, sampleWrapUp(caseId, clock, { status: 'inProgress' }), a.ctx(clock + 1_000));
    await a.client.syncNow();
    await b.client.syncNow();
    expect(b.db.prepare('SELECT subject FROM cases WHERE id = ?').get(caseId)).toEqual({ subject: '洗衣机漏水' });

    // An offline afternoon: both edit the same case.
    a.transport.online = false;
    b.transport.online = false;
    clock += 60_000;
    updateCase(a.db, caseId, { subject: '洗衣机底部漏水', priority: 'high' }, a.ctx(clock));
    addNote(a.db, caseId, '客户说早上更严重', a.ctx(clock));
    completeFollowUp(a.db, followUpId!, '已回访', a.ctx(clock));
    clock += 60_000;
    updateCase(b.db, caseId, { subject: '洗衣机漏水（已派工）', product: 'XQG80' }, b.ctx(clock));
    addNote(b.db, caseId, '师傅明天上午到', b.ctx(clock));
    rescheduleFollowUp(b.db, followUpId!, clock + 2 * 86_400_000, b.ctx(clock));
    changeCaseStatus(b.db, { caseId, from: 'inProgress', to: 'escalated' }, b.ctx(clock));

    // Back online, in the order the network came back; then once more so each sees the other.
    a.transport.online = true;
    b.transport.online = true;
    await a.client.syncNow();
    await b.client.syncNow();
    await a.client.syncNow();
    await expectConverged(a, b);

    const row = a.db.prepare('SELECT subject, priority, product, status FROM cases WHERE id = ?').get(caseId);
    expect(row).toEqual({ subject: '洗衣机漏水（已派工）', priority: 'high', product: 'XQG80', status: 'escalated' });
    expect(a.db.prepare('SELECT state, due_at FROM follow_ups WHERE id = ?').get(followUpId)).toEqual({ state: 'done', due_at: T0 + 120_000 + 2 * 86_400_000 });
    const notes = a.db.prepare("SELECT json_extract(data, '$.text') AS text FROM timeline_events WHERE case_id = ? AND kind = 'note' ORDER BY at").all(caseId);
    expect(notes).toEqual(expect.arrayContaining([{ text: '客户说早上更严重' }, { text: '师傅明天上午到' }, { text: '已发送维修指引' }]));
    const conflicts = a.db.prepare("SELECT data FROM conflicts WHERE case_id = ?").all(caseId) as { data: string }[];
    expect(conflicts.map((c) => JSON.parse(c.data))).toEqual([expect.objectContaining({ field: 'subject', kept: '洗衣机漏水（已派工）', lost: '洗衣机底部漏水' })]);
    expect(a.client.status()).toMatchObject({ pending: 0, rejected: 0, phase: 'idle' });
  });

  it('ends the same whichever desktop reconnects first', async () => {
    const outcomes: unknown[] = [];
    for (const order of [['a', 'b'], ['b', 'a']] as const) {
      for (const d of open.splice(0)) d.close();
      const a = await desktop(`a-${order[0]}`, alice);
      const b = await desktop(`b-${order[0]}`, bob);
      const caseId = createCase(a.db, { customerName: '李先生', customerPhone: '13900001111', channel: 'chat', subject: '冰箱不制冷' }, a.ctx(clock));
      await a.client.syncNow();
      await b.client.syncNow();
      a.transport.online = false;
      b.transport.online = false;
      updateCase(a.db, caseId, { subject: 'A 的标题', description: 'A 的描述' }, a.ctx(clock + 10));
      updateCase(b.db, caseId, { subject: 'B 的标题' }, b.ctx(clock + 20));
      a.transport.online = true;
      b.transport.online = true;
      const [first, second] = order[0] === 'a' ? [a, b] : [b, a];
      await first.client.syncNow();
      await second.client.syncNow();
      await first.client.syncNow();
      outcomes.push(a.db.prepare('SELECT subject, description FROM cases WHERE id = ?').get(caseId));
      expect(desktopRows(a.db)).toEqual(desktopRows(b.db));
      clock += 1_000;
    }
    expect(outcomes).toEqual([
      { subject: 'B 的标题', description: 'A 的描述' },
      { subject: 'B 的标题', description: 'A 的描述' },
    ]);
  });

  it('never overwrites a field with an unacknowledged local change when pulling', async () => {
    const a = await desktop('a', alice);
    const b = await desktop('b', bob);
    const caseId = createCase(a.db, { customerName: '赵女士', customerPhone: '13700002222', channel: 'phone', subject: '原标题' }, a.ctx(clock));
    await a.client.syncNow();
    await b.client.syncNow();
    updateCase(b.db, caseId, { subject: 'B 改过' }, b.ctx(clock + 5));
    await b.client.syncNow();
    // A edits offline, then pulls without pushing: its own subject stays until its push is acknowledged.
    updateCase(a.db, caseId, { subject: 'A 改过' }, a.ctx(clock + 10));
    const { applyPulledPage } = await import('../../src/main/sync/applyPull');
    const { pullChanges } = await import('../../src/server/sync/pullChanges');
    applyPulledPage(a.db, await pullChanges(server, alice, { clientId: 'x', cursor: 0, limit: 1000 }), clock);
    expect(a.db.prepare('SELECT subject FROM cases WHERE id = ?').get(caseId)).toEqual({ subject: 'A 改过' });
    await a.client.syncNow();
    await b.client.syncNow();
    await expectConverged(a, b);
  });

  it('loses no write when desktop clocks are skewed by an hour, a day, or go backwards', async () => {
    const skews = { fast: 86_400_000, slow: -3_600_000 };
    const fast = await desktop('fast', alice);
    const slow = await desktop('slow', bob);
    const caseId = createCase(fast.db, { customerName: '孙女士', customerPhone: '13500004444', channel: 'email', subject: '发票抬头错误' }, fast.ctx(clock + skews.fast));
    await fast.client.syncNow();
    await slow.client.syncNow();
    // The slow desktop (an hour behind, then going back another hour) edits after seeing the fast one's value: its edit wins.
    updateCase(slow.db, caseId, { subject: '发票抬头错误（已重开）' }, slow.ctx(clock + skews.slow));
    updateCase(slow.db, caseId, { description: '客户要求重开发票' }, slow.ctx(clock + skews.slow - 3_600_000));
    addNote(slow.db, caseId, '已提交财务', slow.ctx(clock + skews.slow - 3_600_000));
    await slow.client.syncNow();
    await fast.client.syncNow();
    await expectConverged(fast, slow);
    expect(fast.db.prepare('SELECT subject, description FROM cases WHERE id = ?').get(caseId)).toEqual({ subject: '发票抬头错误（已重开）', description: '客户要求重开发票' });
    // A timestamp a day ahead is pulled back to the server's clock: it cannot win concurrent edits for a day.
    const clocks = await server.read((tx) => tx.all<{ clocks: string }>("SELECT clocks FROM records WHERE tbl = 'cases' AND pk = $1", [caseId]));
    const walls = Object.values(JSON.parse(clocks[0]!.clocks) as Record<string, string>).map((h) => Number(h.slice(0, 15)));
    expect(Math.max(...walls)).toBeLessThanOrEqual(clock + 60_000);
  });

  it('keeps each branch to itself: a desktop of another branch pulls none of these cases, and cannot write them', async () => {
    const a = await desktop('a', alice);
    const c = await desktop('c', carol);
    const caseId = createCase(a.db, { customerName: '钱先生', customerPhone: '13600003333', channel: 'phone', subject: '上海的工单' }, a.ctx(clock));
    await a.client.syncNow();
    await c.client.syncNow();
    expect(c.db.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 0 });
    expect(c.db.prepare('SELECT code FROM branches').all()).toEqual([{ code: 'BJ01' }]);

    // A forged note on the Shanghai case from the Beijing desktop is refused and shown, not dropped.
    c.db.pragma('foreign_keys = OFF');
    c.db.prepare("INSERT INTO cases (id, number, customer_id, channel, subject, created_at, updated_at) VALUES (?, 'X', 'nobody', 'phone', '伪造', 1, 1)").run(caseId);
    c.db.exec("DELETE FROM outbox; DELETE FROM sync_capture;");
    addNote(c.db, caseId, '越权备注', c.ctx(clock));
    await c.client.syncNow();
    expect(c.client.status()).toMatchObject({ rejected: 1 });
    const [rejected] = c.db.prepare("SELECT last_error FROM outbox WHERE state = 'rejected'").all() as { last_error: string }[];
    expect(rejected!.last_error).toMatch(/^forbiddenBranch/);
    const notes = await server.read((tx) => tx.all("SELECT pk FROM records WHERE tbl = 'timeline_events' AND data LIKE '%越权%'"));
    expect(notes).toEqual([]);
  });
});
