import { describe, expect, it } from 'vitest';
import { createCase } from '../../src/main/actions/caseActions';
import { agentOf, BRANCH_A, desktopRows, serverRows, type Desktop } from '../support/syncHarness';
import { backends } from './serverTestDb';
import { serverWithDesktops } from '../support/serverWithDesktops';

/**
 * Two desktops whose device codes collide make the same case number offline. The server renumbers
 * the second case (`…-R1`), so no desktop — the two writers or a third — ever pulls two cases with
 * one number (which the desktop's UNIQUE(number) would refuse, stalling its pull).
 */
const T0 = Date.UTC(2026, 10, 23, 1, 0);
const alice = agentOf('1001');
const bob = agentOf('1002');

describe.each(backends)('duplicate case numbers from colliding device codes (%s)', (backend) => {
  const suite = serverWithDesktops(backend, [alice, bob], T0);
  const desktop = async (name: string, agent = alice) => {
    const d = suite.desktop(name, agent);
    await d.client.syncNow();
    return d;
  };
  const clientId = (d: Desktop) => (d.db.prepare('SELECT client_id FROM sync_state WHERE id = 1').get() as { client_id: string }).client_id;
  const numbers = (d: Desktop) => Object.fromEntries((d.db.prepare('SELECT id, number FROM cases').all() as { id: string; number: string }[]).map((r) => [r.id, r.number]));

  it('renumbers the second case; the writers and a third desktop all pull to completion and agree with the server', async () => {
    const a = await desktop('a', alice);
    const b = await desktop('b', bob);
    const c = await desktop('c', alice);
    const first = createCase(a.db, { customerName: '王女士', customerPhone: '13812345678', channel: 'phone', subject: '洗衣机漏水' }, a.ctx(T0));
    await a.client.syncNow();
    await c.client.syncNow();

    // b makes its case offline with a's device code (a collision of the device hash).
    const own = clientId(b);
    b.db.prepare('UPDATE sync_state SET client_id = ? WHERE id = 1').run(clientId(a));
    const second = createCase(b.db, { customerName: '李先生', customerPhone: '13900001111', channel: 'chat', subject: '冰箱不制冷' }, b.ctx(T0));
    b.db.prepare('UPDATE sync_state SET client_id = ? WHERE id = 1').run(own);
    const number = numbers(a)[first]!;
    expect(numbers(b)[second]).toBe(number);

    await b.client.syncNow();
    for (const d of [a, b, c]) await d.client.syncNow();
    for (const d of [a, b, c]) {
      expect(d.client.status()).toMatchObject({ pending: 0, lastError: null });
      expect(numbers(d)).toEqual({ [first]: number, [second]: `${number}-R1` });
    }
    const expected = await serverRows(suite.server.db, BRANCH_A);
    for (const d of [a, b, c]) expect(desktopRows(d.db)).toEqual(expected);
    const events = b.db.prepare("SELECT data FROM timeline_events WHERE case_id = ? AND kind = 'conflict'").all(second) as { data: string }[];
    expect(events.map((e) => JSON.parse(e.data) as unknown)).toEqual([expect.objectContaining({ field: 'number', kept: `${number}-R1`, lost: number })]);
  });
});
