import { describe, expect, it } from 'vitest';
import { addNote, createCase, updateCase } from '../../src/main/actions/caseActions';
import { search } from '../../src/main/store/search/searchQuery';
import { pullCursorOf, pullMarkOf } from '../../src/main/store/sync/syncState';
import { loadFirstSnapshot, snapshotEligible } from '../../src/main/sync/snapshotSync';
import type { SyncTransport } from '../../src/main/sync/syncTransport';
import { agentOf, BRANCH_A, BRANCH_B, desktopRows, serverRows, type Desktop } from '../support/syncHarness';
import { serverWithDesktops } from '../support/serverWithDesktops';
import { backends } from './serverTestDb';

/**
 * Issue 19: an empty desktop's first sync loads a snapshot of what its agent may see in bulk, then
 * pulls on from the snapshot's cursor — the same rows as pulling page by page, nothing lost or
 * twice, only its branch, and nothing loaded from a snapshot that is cut off or comes too late.
 */
const T0 = Date.UTC(2026, 11, 5, 1, 0);
const alice = agentOf('1001');
const bob = agentOf('1002');
const carol = agentOf('2001', BRANCH_B);

type Snapshot = NonNullable<SyncTransport['snapshot']>;

/** Wraps the desktop's snapshot download: `onLine` runs before each line is handed over; `keep` drops lines (a cut-off download). */
function interceptSnapshot(d: Desktop, onLine: (index: number) => Promise<void> | void, keep: (line: string, index: number) => boolean = () => true): { calls: number } {
  const original = d.transport.snapshot!.bind(d.transport) as Snapshot;
  const seen = { calls: 0 };
  (d.transport as { snapshot: Snapshot }).snapshot = async (request) => {
    seen.calls++;
    const lines = await original(request);
    return (async function* () {
      let index = 0;
      for await (const line of lines) {
        await onLine(index);
        if (keep(line, index)) yield line;
        index++;
      }
    })();
  };
  return seen;
}

/** The desktop's own branch and agent rows, as a desktop set up before it ever synced holds them (nothing of the pushed tables). */
function withOwnAgent(d: Desktop): Desktop {
  const a = d.agent;
  d.db.prepare('INSERT INTO branches (id, code, name) VALUES (?, ?, ?)').run(a.branchId, 'SH01', '上海一部');
  d.db.prepare('INSERT INTO agents (id, number, name, role, branch_id, team_id, active) VALUES (?, ?, ?, ?, ?, NULL, 1)').run(a.id, a.number, `坐席${a.number}`, a.role, a.branchId);
  return d;
}

describe.each(backends)('first sync from a snapshot (%s)', (backend) => {
  const suite = serverWithDesktops(backend, [alice, bob, carol], T0);

  /** Cases written on branch A by one desktop and on branch B by another, all pushed. */
  async function twoBranches(): Promise<{ a: string[]; b: string[] }> {
    const writerA = suite.desktop('writer-a', alice);
    const writerB = suite.desktop('writer-b', carol);
    await writerA.client.syncNow(); // the organisation first: a case names its agent
    await writerB.client.syncNow();
    const a = [
      createCase(writerA.db, { customerName: '王秀英', customerPhone: '13812345678', channel: 'phone', subject: '洗衣机漏水' }, writerA.ctx(T0)),
      createCase(writerA.db, { customerName: '李先生', customerPhone: '13900001111', channel: 'chat', subject: '冰箱不制冷' }, writerA.ctx(T0 + 1)),
    ];
    addNote(writerA.db, a[0]!, '已安排上门检修', writerA.ctx(T0 + 2));
    const b = [createCase(writerB.db, { customerName: '赵女士', customerPhone: '13700002222', channel: 'email', subject: '空调异响' }, writerB.ctx(T0 + 3))];
    await writerA.client.syncNow();
    await writerB.client.syncNow();
    expect(writerA.client.status()).toMatchObject({ pending: 0, lastError: null });
    expect(writerB.client.status()).toMatchObject({ pending: 0, lastError: null });
    return { a, b };
  }

  it('loads only its own branch (and shared rows), equal to the server, with search working once indexed', async () => {
    const { a, b } = await twoBranches();
    const reader = suite.desktop('reader', bob);
    expect(snapshotEligible(reader.db)).toBe(true);
    const seen = interceptSnapshot(reader, () => {});
    expect(await loadFirstSnapshot(reader.db, reader.transport, () => T0 + 5)).toBe(true);
    expect(seen.calls).toBe(1);
    expect(snapshotEligible(reader.db)).toBe(false);
    await reader.client.syncNow();
    expect(seen.calls).toBe(1);
    expect(reader.client.status()).toMatchObject({ phase: 'idle', lastError: null, setAside: 0 });
    expect(desktopRows(reader.db)).toEqual(await serverRows(suite.server.db, BRANCH_A));
    const ids = reader.db.prepare('SELECT id FROM cases ORDER BY id').pluck().all();
    expect(ids).toEqual([...a].sort());
    expect(ids).not.toContain(b[0]);
    expect(pullCursorOf(reader.db)).toBeGreaterThan(0);
    expect(pullMarkOf(reader.db)).not.toBeNull();
    // The rebuilt indexes and capture triggers are there: a local edit is captured and pushed.
    expect(reader.db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'cases'").pluck().get()).toBeGreaterThan(0);
    await reader.client.searchReady();
    expect(search(reader.db, { text: '漏水', limit: 10 }).map((hit) => hit.id)).toContain(a[0]);
    expect(search(reader.db, { text: '空调', limit: 10 })).toEqual([]);
    updateCase(reader.db, a[1]!, { subject: '冰箱不制冷，已换压缩机' }, reader.ctx(T0 + 10));
    await reader.client.syncNow();
    expect(reader.client.status()).toMatchObject({ pending: 0, lastError: null });
    expect((await serverRows(suite.server.db, BRANCH_A))[`cases/${a[1]}`]).toMatchObject({ subject: '冰箱不制冷，已换压缩机' });
  });

  it('a row changed while the snapshot downloads arrives by the pull that follows, once', async () => {
    const { a } = await twoBranches();
    const writer = suite.desktop('writer-a2', alice);
    await writer.client.syncNow();
    const reader = suite.desktop('reader', bob);
    interceptSnapshot(reader, async (index) => {
      if (index !== 1) return; // after the header: the snapshot's position is fixed
      updateCase(writer.db, a[0]!, { subject: '洗衣机漏水（下载期间改）' }, writer.ctx(T0 + 20));
      createCase(writer.db, { customerName: '孙先生', customerPhone: '13600003333', channel: 'phone', subject: '热水器不点火' }, writer.ctx(T0 + 21));
      await writer.client.syncNow();
    });
    await reader.client.syncNow();
    expect(reader.client.status()).toMatchObject({ lastError: null, setAside: 0 });
    expect(desktopRows(reader.db)).toEqual(await serverRows(suite.server.db, BRANCH_A));
    expect(reader.db.prepare('SELECT subject FROM cases WHERE id = ?').pluck().get(a[0])).toBe('洗衣机漏水（下载期间改）');
    expect(reader.db.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(3);
  });

  it('loads nothing from a cut-off snapshot: the ordinary pull brings the same rows', async () => {
    await twoBranches();
    const reader = suite.desktop('reader', bob);
    // The end line never arrives.
    interceptSnapshot(reader, () => {}, (line) => !line.startsWith('{"end"'));
    expect(await loadFirstSnapshot(reader.db, reader.transport, () => T0 + 5)).toBe(false);
    expect(pullCursorOf(reader.db)).toBe(0);
    expect(reader.db.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(0);
    await reader.client.syncNow();
    expect(reader.client.status()).toMatchObject({ phase: 'idle', lastError: null });
    expect(desktopRows(reader.db)).toEqual(await serverRows(suite.server.db, BRANCH_A));
  });

  it('is not used by a desktop holding its own cases, nor when an agent writes during the download', async () => {
    await twoBranches();
    const busy = withOwnAgent(suite.desktop('busy', bob));
    createCase(busy.db, { customerName: '周先生', customerPhone: '13500004444', channel: 'walkIn', subject: '电视黑屏' }, busy.ctx(T0 + 30));
    expect(snapshotEligible(busy.db)).toBe(false);
    const calls = interceptSnapshot(busy, () => {});
    await busy.client.syncNow();
    expect(calls.calls).toBe(0);
    expect(busy.client.status()).toMatchObject({ pending: 0, lastError: null });
    expect(desktopRows(busy.db)).toEqual(await serverRows(suite.server.db, BRANCH_A));

    const typing = withOwnAgent(suite.desktop('typing', bob));
    expect(snapshotEligible(typing.db)).toBe(true);
    let local = '';
    interceptSnapshot(typing, (index) => {
      if (index === 1) local = createCase(typing.db, { customerName: '吴女士', customerPhone: '13400005555', channel: 'phone', subject: '微波炉不加热' }, typing.ctx(T0 + 40));
    });
    expect(await loadFirstSnapshot(typing.db, typing.transport, () => T0 + 41)).toBe(false);
    expect(pullCursorOf(typing.db)).toBe(0);
    expect(typing.db.prepare('SELECT id FROM cases').pluck().all()).toEqual([local]);
    await typing.client.syncNow();
    expect(typing.client.status()).toMatchObject({ pending: 0, lastError: null });
    expect(desktopRows(typing.db)).toEqual(await serverRows(suite.server.db, BRANCH_A));
  });
});
