import { describe, expect, it } from 'vitest';
import { createCase } from '../../src/main/actions/caseActions';
import { listSetAsideRows } from '../../src/main/store/sync/pullSetAside';
import { pullCursorOf } from '../../src/main/store/sync/syncState';
import { writeRecord } from '../../src/server/storage/records';
import type { ServerDb } from '../../src/server/storage/serverDb';
import { takeChangeNumbers } from '../../src/server/storage/serverSchema';
import { agentOf, BRANCH_A, type Desktop } from '../support/syncHarness';
import { backends } from './serverTestDb';
import { serverWithDesktops } from '../support/serverWithDesktops';

/**
 * One pulled row the desktop cannot apply (a UNIQUE or CHECK constraint fails here) is set aside
 * with its reason; the rest of the page and the cursor still commit, the row is listed, and it
 * applies on a later pull once its cause is gone.
 */
const T0 = Date.UTC(2026, 11, 4, 1, 0);
const alice = agentOf('1001');
const bob = agentOf('1002');

async function writeServerRow(db: ServerDb, tbl: string, pk: string, data: Record<string, string | number | null>): Promise<void> {
  await db.write(async (tx) => writeRecord(tx, { tbl, pk, branchId: BRANCH_A, data, clocks: {} }, await takeChangeNumbers(tx, 1)));
}

describe.each(backends)('a pulled row the desktop cannot apply (%s)', (backend) => {
  const suite = serverWithDesktops(backend, [alice, bob], T0);
  const desktop = (name: string, agent = alice) => {
    const d = suite.desktop(name, agent);
    return d;
  };
  const caseIds = (d: Desktop) => (d.db.prepare('SELECT id FROM cases ORDER BY id').pluck().all() as string[]);

  it('sets a case whose number this desktop already holds aside, applies the rest, and applies it once the number is free', async () => {
    const writer = desktop('writer');
    await writer.client.syncNow();
    const clash = createCase(writer.db, { customerName: '王女士', customerPhone: '13812345678', channel: 'phone', subject: '洗衣机漏水' }, writer.ctx(T0));
    const later = createCase(writer.db, { customerName: '李先生', customerPhone: '13900001111', channel: 'chat', subject: '冰箱不制冷' }, writer.ctx(T0));
    await writer.client.syncNow();
    expect(writer.client.status()).toMatchObject({ pending: 0, lastError: null });
    const number = writer.db.prepare('SELECT number FROM cases WHERE id = ?').pluck().get(clash) as string;

    // The reader holds another case under that number (written here, never synced): UNIQUE(cases.number) refuses the pulled one.
    const reader = desktop('reader');
    const row = writer.db.prepare('SELECT * FROM cases WHERE id = ?').get(clash) as Record<string, unknown>;
    const local = { ...row, id: '00000000-0000-7000-8000-0000000c1a50' };
    reader.db.pragma('foreign_keys = OFF');
    reader.db.prepare('UPDATE sync_state SET capture = 0 WHERE id = 1').run();
    reader.db.prepare(`INSERT INTO cases (${Object.keys(local).join(', ')}) VALUES (${Object.keys(local).map(() => '?').join(', ')})`).run(...(Object.values(local) as (string | number | null)[]));
    reader.db.prepare('UPDATE sync_state SET capture = 1 WHERE id = 1').run();
    reader.db.pragma('foreign_keys = ON');

    await reader.client.syncNow();
    const status = reader.client.status();
    expect(status).toMatchObject({ phase: 'idle', lastError: null, setAside: 1 });
    // Everything else arrived and the cursor moved past the page.
    expect(caseIds(reader)).toEqual([local.id, later].sort());
    expect(reader.db.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(2);
    expect(pullCursorOf(reader.db)).toBeGreaterThan(0);
    const [aside] = listSetAsideRows(reader.db);
    expect(listSetAsideRows(reader.db)).toHaveLength(1);
    expect(aside).toMatchObject({ table: 'cases', key: clash, reason: 'unique' });
    expect(aside!.detail).toMatch(/UNIQUE constraint failed: cases\.number/);

    // Another sync with nothing new: still set aside, retried, not lost.
    await reader.client.syncNow();
    expect(reader.client.status()).toMatchObject({ lastError: null, setAside: 1 });
    expect(listSetAsideRows(reader.db)[0]!.attempts).toBeGreaterThan(1);

    // The cause goes away (the local copy is removed): the next sync applies the row and clears the list.
    reader.db.prepare('UPDATE sync_state SET capture = 0 WHERE id = 1').run();
    reader.db.prepare('DELETE FROM cases WHERE id = ?').run(local.id);
    reader.db.prepare('UPDATE sync_state SET capture = 1 WHERE id = 1').run();
    await reader.client.syncNow();
    expect(reader.client.status()).toMatchObject({ lastError: null, setAside: 0 });
    expect(caseIds(reader)).toEqual([clash, later].sort());
    expect(reader.db.prepare('SELECT number FROM cases WHERE id = ?').pluck().get(clash)).toBe(number);
    expect(listSetAsideRows(reader.db)).toEqual([]);
  });

  it('sets aside a row failing a CHECK here (a role this desktop does not know) until the server sends a version that fits', async () => {
    const supervisor = agentOf('1500');
    await writeServerRow(suite.server.db, 'agents', supervisor.id, { id: supervisor.id, number: '1500', name: '坐席1500', role: 'supervisor', branch_id: BRANCH_A, team_id: null, active: 1 });
    await writeServerRow(suite.server.db, 'agents', agentOf('1003').id, { id: agentOf('1003').id, number: '1003', name: '坐席1003', role: 'agent', branch_id: BRANCH_A, team_id: null, active: 1 });
    const d = desktop('d');
    await d.client.syncNow();
    expect(d.client.status()).toMatchObject({ phase: 'idle', lastError: null, setAside: 1 });
    const agents = () => d.db.prepare('SELECT number FROM agents ORDER BY number').pluck().all();
    expect(agents()).toEqual(['1001', '1002', '1003']);
    expect(listSetAsideRows(d.db)).toMatchObject([{ table: 'agents', key: supervisor.id, reason: 'check' }]);

    await writeServerRow(suite.server.db, 'agents', supervisor.id, { id: supervisor.id, number: '1500', name: '坐席1500', role: 'lead', branch_id: BRANCH_A, team_id: null, active: 1 });
    await d.client.syncNow();
    expect(d.client.status()).toMatchObject({ lastError: null, setAside: 0 });
    expect(agents()).toEqual(['1001', '1002', '1003', '1500']);
  });
});
