/**
 * `npm run bench -- sync [--cases 100000] [--backlog 10000] [--pg URL | --no-pg] [--in-process]`
 *
 * Sync over loopback HTTP against the real sync server on 127.0.0.1, in its own process as in a
 * deployment (`--in-process`: the server app in the bench's process, sharing its thread, as this
 * bench ran before 2026-12-06):
 * - initial sync: an empty desktop takes a snapshot of a server holding N demo cases (all their
 *   rows) and pulls on from it, until its case list answers (`initial_list_ready_s`) and until
 *   search finds a case (`initial_search_ready_s`), against writing the same rows straight into an
 *   empty desktop store with prepared INSERTs;
 * - backlog: a desktop that made M mutations offline pushes them all, against writing the same
 *   rows straight into the server's records table; peak memory while pushing; bytes on the wire
 *   per mutation; the steady push rate; the desktop disk the retention store (acknowledged
 *   mutations kept 30 days for a restored server) takes per mutation.
 * On SQLite (a file) and, when reachable, PostgreSQL.
 */
import type { Database, Statement } from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addNote } from '../src/main/actions/caseActions';
import { seedDemo } from '../tools/demo/seedDemo';
import { openDatabase } from '../src/main/store/openDatabase';
import { acknowledgePush, nextPushBatch } from '../src/main/sync/pushOutbox';
import { retentionSize } from '../src/main/store/sync/outbox';
import { SyncClient } from '../src/main/sync/syncClient';
import { httpSyncTransport } from '../src/main/sync/syncTransport';
import { buildServerApp } from '../src/server/http/buildServerApp';
import { createAgent, createBranch } from '../src/server/org/orgWrites';
import { openServerDb } from '../src/server/storage/openServerDb';
import { startServerProcess, type ServerProcessOptions } from '../tests/support/serverProcess';
import type { ServerDb, SqlValue } from '../src/server/storage/serverDb';
import { takeChangeNumbers } from '../src/server/storage/serverSchema';
import { pushableTables } from '../src/shared/sync/syncTables';
import { importRows, storeRows, type ImportedRow } from '../src/server/admin/importStore';
import { argValue, printTable, round } from './measure';
import { listCases } from '../src/main/store/cases/caseReads';
import { search } from '../src/main/store/search/searchQuery';


export async function run(args: string[]): Promise<void> {
  const cases = Number(argValue(args, 'cases') ?? 100_000);
  const backlog = Number(argValue(args, 'backlog') ?? 10_000);
  const inProcess = args.includes('--in-process');
  const pgUrl = args.includes('--no-pg') ? null : (argValue(args, 'pg') ?? process.env['AGENTDESK_TEST_PG_URL'] ?? 'postgres://agentdesk:agentdesk@127.0.0.1:5432/agentdesk_test');
  const dir = mkdtempSync(join(tmpdir(), 'agentdesk-bench-sync-'));
  const figures: Record<string, number | string> = { cases, backlog, server: inProcess ? 'in-process' : 'child process' };
  const table: Record<string, string | number>[] = [];
  try {
    process.stderr.write(`seeding ${cases.toLocaleString()} demo cases…\n`);
    const source = openDatabase(join(dir, 'source.db'));
    await seedDemo(source, { cases });
    const rows = storeRows(source);
    source.close();
    figures.rows = rows.length;

    const backends: { name: string; options: ServerProcessOptions }[] = [{ name: 'sqlite', options: { sqlitePath: join(dir, 'server.db') } }];
    if (pgUrl) backends.push({ name: 'postgres', options: { databaseUrl: pgUrl, pgSchema: `bench_${process.pid}` } });

    for (const backend of backends) {
      let server: ServerDb;
      try {
        server = await openServerDb(backend.options);
      } catch (error) {
        process.stderr.write(`${backend.name}: not reachable (${String(error)}), skipped\n`);
        continue;
      }
      try {
        await measureBackend(backend.name, server, () => listenServer(server, inProcess ? undefined : backend.options), rows, backlog, dir, figures, table);
      } finally {
        if (backend.name === 'postgres') await server.write((tx) => tx.run(`DROP SCHEMA bench_${process.pid} CASCADE`)).catch(() => {});
        await server.close();
      }
    }
    printTable(table);
    console.log(JSON.stringify({ bench: 'sync', ...figures }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A sync server listening on 127.0.0.1. */
interface Listening {
  url: string;
  close: () => Promise<void>;
}

/** The server listening on 127.0.0.1: its app in this process, or (with `processOptions`) the real server in a child process on the same database. */
async function listenServer(server: ServerDb, processOptions?: ServerProcessOptions): Promise<Listening> {
  if (processOptions) {
    const child = await startServerProcess({ ...processOptions, env: { LOG_LEVEL: 'warn' } });
    return { url: child.url, close: () => child.kill() };
  }
  const app = await buildServerApp({ db: server, logger: false });
  return { url: await app.listen({ host: '127.0.0.1', port: 0 }), close: () => app.close() };
}

async function measureBackend(name: string, server: ServerDb, serve: () => Promise<Listening>, rows: readonly ImportedRow[], backlog: number, dir: string, figures: Record<string, number | string>, table: Record<string, string | number>[]): Promise<void> {
  process.stderr.write(`${name}: loading ${rows.length.toLocaleString()} rows into the server…\n`);
  await importRows(server, rows);
  await createBranch(server, { code: 'BN01', name: '基准分部' });
  await createAgent(server, { number: '9001', name: '基准', role: 'admin', branch: 'BN01', password: 'bench-password-1' });
  const served = await serve();
  const address = served.url;
  try {
    const login = await httpSyncTransport(address, () => null).login({ number: '9001', password: 'bench-password-1' });
    const transport = httpSyncTransport(address, () => login.token);

    // Initial sync into an empty desktop.
    // An empty desktop takes a snapshot in bulk (src/main/sync/snapshotSync.ts), then pulls on from its cursor.
    const desktop = openDatabase(join(dir, `${name}-desktop.db`));
    const client = new SyncClient({ db: desktop, transport, pageSize: 5_000 });
    let start = performance.now();
    await client.syncNow();
    // The case list works: its first page (with the total) answers from the synced rows.
    const firstPage = listCases(desktop, { limit: 50 });
    const initialMs = performance.now() - start;
    if (firstPage.rows.length === 0) throw new Error(`${name}: the case list is empty after the first sync`);
    await client.searchReady();
    const probe = desktop.prepare('SELECT subject FROM cases ORDER BY updated_at DESC LIMIT 1').pluck().get() as string;
    if (search(desktop, { text: probe.slice(0, 4), limit: 5 }).length === 0) throw new Error(`${name}: search finds nothing after indexing`);
    const searchReadyMs = performance.now() - start;
    const pulled = countRows(desktop);
    const raw = openDatabase(join(dir, `${name}-raw.db`));
    start = performance.now();
    writeRaw(raw, rows);
    const rawMs = performance.now() - start;
    raw.close();
    figures[`${name}_initial_sync_s`] = round(initialMs / 1000, 2);
    figures[`${name}_initial_sync_raw_s`] = round(rawMs / 1000, 2);
    figures[`${name}_initial_sync_ratio`] = round(initialMs / rawMs);
    figures[`${name}_initial_rows`] = pulled;
    figures[`${name}_search_ready_s`] = round(searchReadyMs / 1000, 2);
    // Issue 19's names: sqlite.* and pg.*; the raw-write baseline beside them.
    const short = name === 'postgres' ? 'pg' : name;
    figures[`${short}.initial_list_ready_s`] = round(initialMs / 1000, 2);
    figures[`${short}.initial_search_ready_s`] = round(searchReadyMs / 1000, 2);
    figures[`${short}.initial_raw_write_s`] = round(rawMs / 1000, 2);
    figures[`${short}.initial_list_ready_ratio`] = round(initialMs / rawMs);
    table.push({ what: `${name}: initial sync (${pulled.toLocaleString()} rows)`, sync: `${round(initialMs / 1000, 2)} s`, raw: `${round(rawMs / 1000, 2)} s`, ratio: `${figures[`${name}_initial_sync_ratio`]}×` });

    table.push({ what: `${name}: … and search indexed`, sync: `${round(searchReadyMs / 1000, 2)} s`, raw: '', ratio: '' });

    // An offline backlog: notes on existing cases, made while the server was unreachable.
    const caseIds = (desktop.prepare('SELECT id FROM cases LIMIT 1000').all() as { id: string }[]).map((r) => r.id);
    const ctx = { now: Date.now(), actor: { agentId: login.agent.id, role: login.agent.role } };
    for (let i = 0; i < backlog; i++) addNote(desktop, caseIds[i % caseIds.length]!, `离线备注 ${i}：客户来电确认处理进度`, { ...ctx, now: ctx.now + i });
    let bytes = 0;
    let peakRss = process.memoryUsage().rss;
    const baseRss = peakRss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 5);
    start = performance.now();
    for (let batch = nextPushBatch(desktop); batch; batch = nextPushBatch(desktop)) {
      bytes += Buffer.byteLength(JSON.stringify(batch));
      acknowledgePush(desktop, await transport.push(batch));
    }
    const pushMs = performance.now() - start;
    clearInterval(sampler);
    const rawPushMs = await writeRawRecords(server, backlog);
    figures[`${name}_backlog_push_s`] = round(pushMs / 1000, 2);
    figures[`${name}_backlog_raw_s`] = round(rawPushMs / 1000, 2);
    figures[`${name}_backlog_ratio`] = round(pushMs / rawPushMs);
    figures[`${name}_push_mutations_per_s`] = Math.round(backlog / (pushMs / 1000));
    figures[`${name}_bytes_per_mutation`] = Math.round(bytes / backlog);
    figures[`${name}_push_peak_rss_delta_mb`] = Math.round((peakRss - baseRss) / 1e6);
    table.push({ what: `${name}: push ${backlog.toLocaleString()}-mutation backlog`, sync: `${round(pushMs / 1000, 2)} s`, raw: `${round(rawPushMs / 1000, 2)} s`, ratio: `${figures[`${name}_backlog_ratio`]}×` });
    table.push({ what: `${name}: steady push`, sync: `${figures[`${name}_push_mutations_per_s`]} mutations/s`, raw: '', ratio: '' });
    table.push({ what: `${name}: bytes per mutation (request)`, sync: `${figures[`${name}_bytes_per_mutation`]} B`, raw: '', ratio: '' });
    table.push({ what: `${name}: peak memory while pushing`, sync: `+${figures[`${name}_push_peak_rss_delta_mb`]} MB RSS`, raw: '', ratio: '' });
    // Acknowledged mutations are kept 30 days for a server restored from a backup: what that costs on the desktop's disk.
    const retained = retentionSize(desktop);
    figures['retention_bytes_per_mutation'] = figures[`${name}_retention_bytes_per_mutation`] = retained.mutations ? Math.round(retained.bytes / retained.mutations) : 0;
    figures[`${name}_retained_mutations`] = retained.mutations;
    table.push({ what: `${name}: retention store per acknowledged mutation (desktop disk)`, sync: `${figures['retention_bytes_per_mutation']} B`, raw: '', ratio: '' });
    desktop.close();
  } finally {
    await served.close();
  }
}

/** The baseline for the initial sync: the same rows into an empty store with one prepared INSERT per table, nothing indexed for search. */
function writeRaw(db: Database, rows: readonly ImportedRow[]): void {
  db.pragma('foreign_keys = OFF');
  const inserts = new Map<string, Statement>();
  db.transaction(() => {
    db.exec('UPDATE sync_state SET capture = 0');
    for (const row of rows) {
      const columns = Object.keys(row.data);
      let insert = inserts.get(row.tbl);
      if (!insert) inserts.set(row.tbl, (insert = db.prepare(`INSERT OR REPLACE INTO ${row.tbl} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)));
      insert.run(...columns.map((c) => row.data[c] ?? null));
    }
    db.exec('UPDATE sync_state SET capture = 1');
  })();
}

/** The baseline for the backlog: the same rows (a note and its case's new updated_at each) straight into the server's records. */
async function writeRawRecords(server: ServerDb, count: number): Promise<number> {
  const start = performance.now();
  await server.write(async (tx) => {
    const first = await takeChangeNumbers(tx, count);
    for (let i = 0; i < count; i += 400) {
      const params: SqlValue[] = [];
      const values: string[] = [];
      for (let k = 0; k < Math.min(400, count - i); k++) {
        const id = `raw-${i + k}`;
        params.push('timeline_events', id, null, JSON.stringify({ id, case_id: 'x', kind: 'note', at: 1, data: '{"text":"离线备注"}', actor_id: null }), '{}', first + i + k);
        values.push(`($${k * 6 + 1}, $${k * 6 + 2}, $${k * 6 + 3}, $${k * 6 + 4}, $${k * 6 + 5}, $${k * 6 + 6})`);
      }
      await tx.run(`INSERT INTO records (tbl, pk, branch_id, data, clocks, change_seq) VALUES ${values.join(', ')}`, params);
      const cases = [...new Set(Array.from({ length: Math.min(400, count - i) }, (_, k) => `raw-case-${(i + k) % 1000}`))];
      const caseParams = cases.flatMap((pk, k) => ['cases', pk, null, JSON.stringify({ id: pk, updated_at: i + k }), '{}', first + i + k]);
      await tx.run(
        `INSERT INTO records (tbl, pk, branch_id, data, clocks, change_seq) VALUES ${cases.map((_, k) => `($${k * 6 + 1}, $${k * 6 + 2}, $${k * 6 + 3}, $${k * 6 + 4}, $${k * 6 + 5}, $${k * 6 + 6})`).join(', ')}
         ON CONFLICT (tbl, pk) DO UPDATE SET data = excluded.data, change_seq = excluded.change_seq`,
        caseParams,
      );
    }
  });
  return performance.now() - start;
}

function countRows(db: Database): number {
  return ['branches', 'teams', 'agents', ...pushableTables].reduce((n, t) => n + (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n, 0);
}
