import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addNote, createCase } from '../../../src/main/actions/caseActions';
import { applyMigrations } from '../../../src/main/store/openDatabase';
import { storeHealth } from '../../../src/main/store/storeHealth';
import { outboxCounts } from '../../../src/main/store/sync/outbox';
import { DEFAULT_RETENTION_MS, rewindIfServerBehind } from '../../../src/main/sync/serverRestore';
import { SyncClient } from '../../../src/main/sync/syncClient';
import { openServerDb } from '../../../src/server/storage/openServerDb';
import type { ServerDb } from '../../../src/server/storage/serverDb';
import { columnsOf, databaseAt } from '../../support/migrationHarness';
import { agentOf, directTransport, openDesktop, seedOrganisation, type Desktop } from '../../support/syncHarness';
import { makeTempDir } from '../../support/tempDir';

describe('migration 018: sync retention', () => {
  it('adds outbox_acked and the server id and pull mark, leaving the outbox and its seq counter as they were', () => {
    const db = databaseAt(17);
    db.prepare("INSERT INTO outbox (mutation_id, name, args, hlc) VALUES ('m1', 'case.create', '{}', 'h')").run();
    db.prepare('DELETE FROM outbox').run(); // acknowledged before 018: the counter must still say 1
    applyMigrations(db, 18);
    expect(columnsOf(db, 'outbox_acked')).toEqual(['seq', 'mutation_id', 'name', 'args', 'hlc', 'effects', 'acked_at']);
    expect(columnsOf(db, 'sync_state')).toEqual(expect.arrayContaining(['server_id', 'pull_mark']));
    db.prepare("INSERT INTO outbox (mutation_id, name, args, hlc) VALUES ('m2', 'case.create', '{}', 'h')").run();
    expect(db.prepare('SELECT seq FROM outbox').get()).toEqual({ seq: 2 });
  });
});

describe('retention of acknowledged mutations', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let server: ServerDb;
  let desk: Desktop;
  let clock = 1_780_000_000_000;
  const agent = agentOf('1001');

  beforeEach(async () => {
    temp = makeTempDir();
    server = await openServerDb({ sqlitePath: `${temp.dir}/server.db` });
    await seedOrganisation(server, [agent]);
    desk = openDesktop(temp.dir, 'a', server, agent, () => clock);
    await desk.client.syncNow(); // the organisation, so the agent can write
  });
  afterEach(async () => {
    desk.close();
    await server.close();
    temp.cleanup();
  });

  it('keeps acknowledged mutations for 30 days, reports their size in store health, then forgets them', async () => {
    const caseId = createCase(desk.db, { customerName: '王女士', customerPhone: '13812345678', channel: 'phone', subject: '洗衣机漏水' }, desk.ctx(clock));
    for (let i = 0; i < 20; i++) addNote(desk.db, caseId, `备注 ${i}`, desk.ctx(clock));
    const made = outboxCounts(desk.db).pending;
    await desk.client.syncNow();
    expect(outboxCounts(desk.db).pending).toBe(0);
    const kept = storeHealth(desk.db).syncRetention;
    expect(kept.mutations).toBe(made);
    expect(kept.bytes).toBeGreaterThan(0);

    clock += DEFAULT_RETENTION_MS - 1;
    await desk.client.syncNow();
    expect(storeHealth(desk.db).syncRetention.mutations).toBe(made);
    clock += 2;
    await desk.client.syncNow();
    expect(storeHealth(desk.db).syncRetention).toMatchObject({ mutations: 0 });
  });

  it('a server behind the retention window: a clear error, nothing changed; within it: the retained mutations are pending again', async () => {
    const caseId = createCase(desk.db, { customerName: '李先生', customerPhone: '13900001111', channel: 'chat', subject: '冰箱不制冷' }, desk.ctx(clock));
    addNote(desk.db, caseId, '第一条', desk.ctx(clock));
    await desk.client.syncNow();
    const acked = storeHealth(desk.db).syncRetention.mutations;
    expect(rewindIfServerBehind(desk.db, acked)).toBe(0); // not behind
    expect(rewindIfServerBehind(desk.db, 1)).toBe(acked - 1);
    expect(outboxCounts(desk.db).pending).toBe(acked - 1);

    const short = new SyncClient({ db: desk.db, transport: directTransport(server, agent, () => clock), now: () => clock, retentionMs: 0 });
    await short.syncNow(); // sent again (answered duplicate), then nothing kept
    expect(outboxCounts(desk.db).pending).toBe(0);
    clock += 1;
    await short.syncNow();
    expect(storeHealth(desk.db).syncRetention.mutations).toBe(0);
    expect(() => rewindIfServerBehind(desk.db, 0)).toThrow(/older than this desktop's retention window/);
    expect(outboxCounts(desk.db).pending).toBe(0);
  });
});
