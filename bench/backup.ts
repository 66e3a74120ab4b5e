/**
 * `npm run bench -- backup [--cases N] [--db PATH]`
 *
 * Backups and the startup check on a store of N cases (default 20,000): the online backup plus
 * its verification (backupFiles.ts), the integrity check in a worker (integrityCheck.ts) against
 * the same `quick_check` on the main thread, and — the point of both — how long the event loop is
 * held up meanwhile (perf_hooks' event-loop delay); then saves every 20 ms on their own and during
 * a backup, compared.
 * Without --db it seeds a temporary store and deletes it after; with --db it uses that file,
 * seeding it first when it has no cases.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createCase } from '../src/main/actions/caseActions';
import { localAgent } from '../src/main/store/actor';
import { backUpDatabase } from '../src/main/store/backups/backupFiles';
import { checkIntegrity } from '../src/main/store/backups/integrityCheck';
import { openDatabase } from '../src/main/store/openDatabase';
import { seedDemo } from '../tools/demo/seedDemo';
import { argValue, printTable, round } from './measure';

/** Runs `work` while sampling the event loop's delay; returns its time and the delay's p50/p99/max (ms). */
async function underWatch<T>(work: () => Promise<T> | T) {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  await new Promise((resolve) => setTimeout(resolve, 20)); // the histogram's own timer is running before the work starts
  const start = performance.now();
  const value = await work();
  const ms = performance.now() - start;
  await new Promise((resolve) => setTimeout(resolve, 20)); // a loop blocked to the end is sampled too
  histogram.disable();
  const toMs = (ns: number) => round(ns / 1e6, 1);
  return { value, ms: Math.round(ms), p50: toMs(histogram.percentile(50)), p99: toMs(histogram.percentile(99)), max: toMs(histogram.max) };
}

export async function run(args: string[]): Promise<void> {
  const cases = Number(argValue(args, 'cases') ?? 20_000);
  const given = argValue(args, 'db');
  const tempDir = mkdtempSync(join(tmpdir(), 'agentdesk-bench-backup-'));
  const path = given ?? join(tempDir, 'store.db');
  const db = openDatabase(path);
  if ((db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n === 0) {
    await seedDemo(db, { cases, onProgress: (done) => process.stderr.write(`\rseeding ${done.toLocaleString()} / ${cases.toLocaleString()}`) });
    process.stderr.write('\n');
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  const total = (db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
  const mb = round(statSync(path).size / 1_048_576, 1);

  // The old way: quick_check on the main thread (what opening did before the window could show).
  const onMain = await underWatch(() => db.pragma('quick_check', { simple: true }));
  // The new way: the same check in a worker thread.
  const inWorker = await underWatch(() => checkIntegrity(path));

  // Saves every 20 ms: for a while on their own, then during a backup (the same work, compared).
  let n = 0;
  const saveOne = () => {
    const start = performance.now();
    createCase(db, { customerName: `备份中${n}`, customerPhone: '13900001234', channel: 'phone', subject: `backup bench ${n++}` }, { now: Date.now(), actor: localAgent, branchCode: 'SH01', utcOffsetMinutes: 480 });
    return performance.now() - start;
  };
  const savesWhile = async (work: () => Promise<unknown>) => {
    const times: number[] = [];
    const saver = setInterval(() => times.push(saveOne()), 20);
    await work();
    clearInterval(saver);
    times.sort((a, b) => a - b);
    const at = (q: number) => round(times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0, 1);
    return { count: times.length, p50: at(0.5), p95: at(0.95), max: round(times.at(-1) ?? 0, 1) };
  };
  const backupDir = join(tempDir, 'backups');
  const alone = await underWatch(() => backUpDatabase(db, backupDir, Date.now()));
  const withSaves = await underWatch(() => backUpDatabase(db, backupDir, Date.now() + 10_000));
  const savesAlone = await savesWhile(() => new Promise((resolve) => setTimeout(resolve, Math.max(1000, withSaves.ms))));
  const savesDuring = await savesWhile(() => backUpDatabase(db, backupDir, Date.now() + 20_000));
  db.close();

  const figures = {
    cases: total,
    store_mb: mb,
    backup_mb: round(alone.value.bytes / 1_048_576, 1),
    backup_and_verify_ms: alone.ms,
    backup_loop_delay_p99_ms: alone.p99,
    backup_loop_delay_max_ms: alone.max,
    check_main_thread_ms: onMain.ms,
    check_main_thread_loop_delay_max_ms: onMain.max,
    check_worker_ms: inWorker.ms,
    check_worker_loop_delay_max_ms: inWorker.max,
    check_worker_ok: inWorker.value.ok ? 1 : 0,
    save_p95_ms_alone: savesAlone.p95,
    save_p95_ms_during_backup: savesDuring.p95,
    save_max_ms_alone: savesAlone.max,
    save_max_ms_during_backup: savesDuring.max,
    saves_during_backup: savesDuring.count,
  };
  const row = (what: string, r: { ms: number; p50: number; p99: number; max: number }) => ({ what, time: `${r.ms} ms`, 'loop delay p50': `${r.p50} ms`, 'loop delay p99': `${r.p99} ms`, 'loop delay max': `${r.max} ms` });
  printTable([
    { what: `store: ${total.toLocaleString()} cases, ${mb} MB`, time: '', 'loop delay p50': '', 'loop delay p99': '', 'loop delay max': '' },
    row('quick_check on the main thread (before)', onMain),
    row('quick_check in a worker (startup now)', inWorker),
    row('online backup + verify, idle store', alone),
    row('online backup + verify, saves every 20 ms', withSaves),
  ]);
  console.log('');
  printTable([
    { saves: 'alone', count: savesAlone.count, p50: `${savesAlone.p50} ms`, p95: `${savesAlone.p95} ms`, max: `${savesAlone.max} ms` },
    { saves: 'during a backup', count: savesDuring.count, p50: `${savesDuring.p50} ms`, p95: `${savesDuring.p95} ms`, max: `${savesDuring.max} ms` },
  ]);
  rmSync(tempDir, { recursive: true, force: true });
  console.log(JSON.stringify(figures));
}
