import type { WritableDB } from '../../src/main/store/db';
import { join } from 'node:path';
import type { AuthedAgent } from '../../src/server/auth/authedAgent';
import { writeRecord } from '../../src/server/storage/records';
import type { ServerDb } from '../../src/server/storage/serverDb';
import { takeChangeNumbers } from '../../src/server/storage/serverSchema';
import { pullChanges } from '../../src/server/sync/pullChanges';
import { pushMutations, SeqGapError } from '../../src/server/sync/pushMutations';
import { snapshotHeader, snapshotLines } from '../../src/server/sync/snapshotChanges';
import { openDatabase } from '../../src/main/store/openDatabase';
import { SyncClient } from '../../src/main/sync/syncClient';
import { SyncHttpError, SyncNetworkError, type SyncTransport } from '../../src/main/sync/syncTransport';
import { pushableTables, syncTables } from '../../src/shared/sync/syncTables';

export const BRANCH_A = '00000000-0000-7000-8000-00000000000a';
export const BRANCH_B = '00000000-0000-7000-8000-00000000000b';

export function agentOf(number: string, branchId = BRANCH_A, role: AuthedAgent['role'] = 'agent'): AuthedAgent {
  return { id: `00000000-0000-7000-8000-${number.padStart(12, '0')}`, number, role, branchId, teamId: null };
}

/** Branches and agents as the admin CLI would write them, so desktops pull them. */
export async function seedOrganisation(db: ServerDb, agents: readonly AuthedAgent[]): Promise<void> {
  await db.write(async (tx) => {
    const rows = [
      { tbl: 'branches', pk: BRANCH_A, branchId: BRANCH_A, data: { id: BRANCH_A, code: 'SH01', name: '上海一部' } },
      { tbl: 'branches', pk: BRANCH_B, branchId: BRANCH_B, data: { id: BRANCH_B, code: 'BJ01', name: '北京一部' } },
      ...agents.map((a) => ({
        tbl: 'agents',
        pk: a.id,
        branchId: a.branchId,
        data: { id: a.id, number: a.number, name: `坐席${a.number}`, role: a.role, branch_id: a.branchId, team_id: null, active: 1 },
      })),
    ];
    const first = await takeChangeNumbers(tx, rows.length);
    for (const [i, row] of rows.entries()) await writeRecord(tx, { ...row, clocks: {} }, first + i);
  });
}

/** Calls the server's sync functions directly (no HTTP); `online = false` fails like a dropped network. */
export function directTransport(server: ServerDb, agent: AuthedAgent, now: () => number = Date.now): SyncTransport & { online: boolean } {
  const transport = {
    online: true,
    login: () => Promise.reject(new Error('not used')),
    push: async (request: Parameters<SyncTransport['push']>[0]) => {
      if (!transport.online) throw new SyncNetworkError('offline');
      return pushMutations(server, agent, request, now()).catch((error: unknown) => {
        // as the HTTP route answers it (409 seqGap), so the client sees what it sees over the wire
        throw error instanceof SeqGapError ? new SyncHttpError(409, 'seqGap', error.message) : error;
      });
    },
    pull: async (request: Parameters<SyncTransport['pull']>[0]) => {
      if (!transport.online) throw new SyncNetworkError('offline');
      return pullChanges(server, agent, request);
    },
    /** The first-sync snapshot's lines, as the HTTP route streams them (a chunk may hold a page or the header). */
    snapshot: async (request: Parameters<NonNullable<SyncTransport['snapshot']>>[0]) => {
      if (!transport.online) throw new SyncNetworkError('offline');
      const header = await snapshotHeader(server, request);
      return (async function* () {
        for await (const chunk of snapshotLines(server, agent, header)) yield* chunk.toString('utf8').split('\n').filter((line) => line !== '');
      })();
    },
  };
  return transport;
}

export interface Desktop {
  db: WritableDB;
  agent: AuthedAgent;
  transport: ReturnType<typeof directTransport>;
  client: SyncClient;
  ctx(now: number): { now: number; actor: { agentId: string; role: AuthedAgent['role'] }; branchCode: string; utcOffsetMinutes: number };
  close(): void;
}

export function openDesktop(dir: string, name: string, server: ServerDb, agent: AuthedAgent, now: () => number = Date.now): Desktop {
  const db = openDatabase(join(dir, `${name}.db`));
  const transport = directTransport(server, agent, now);
  const client = new SyncClient({ db, transport, now, pageSize: 50 });
  return {
    db,
    agent,
    transport,
    client,
    ctx: (at) => ({ now: at, actor: { agentId: agent.id, role: agent.role }, branchCode: 'SH01', utcOffsetMinutes: 480 }),
    close: () => {
      client.stop();
      db.close();
    },
  };
}

type Rows = Record<string, Record<string, unknown>>;

/** Every synced row a desktop holds, by table and key: its synced columns only (a table may also keep local ones, e.g. a call's telephony times). */
export function desktopRows(db: WritableDB): Rows {
  const rows: Rows = {};
  for (const name of pushableTables) {
    const table = syncTables[name];
    const synced = Object.keys(table.columns.shape);
    for (const row of db.prepare(`SELECT * FROM ${name}`).all() as Record<string, unknown>[]) {
      const key = table.pk.length === 1 ? String(row[table.pk[0]!]) : JSON.stringify(table.pk.map((c) => row[c]));
      rows[`${name}/${key}`] = Object.fromEntries(Object.entries(row).filter(([column]) => synced.includes(column)));
    }
  }
  return rows;
}

/** Every synced row the server holds for one branch (and shared rows), in the desktop's shape. */
export async function serverRows(server: ServerDb, branchId: string): Promise<Rows> {
  const rows: Rows = {};
  const records = await server.read((tx) => tx.all<{ tbl: string; pk: string; data: string }>('SELECT tbl, pk, data FROM records WHERE branch_id = $1 OR branch_id IS NULL', [branchId]));
  for (const record of records) {
    if (!(pushableTables as string[]).includes(record.tbl)) continue;
    rows[`${record.tbl}/${record.pk}`] = JSON.parse(record.data) as Record<string, unknown>;
  }
  return rows;
}
