import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * `unchecked`: the check itself could not run to the end (the worker failed or stopped) — the file
 * was not found damaged, only not verified; a caller checking in the background tries again later.
 */
export type IntegrityResult = { ok: true } | { ok: false; reason: string; unchecked?: true };

/**
 * The worker's code, evaluated as CommonJS: opens the file read-only and runs `quick_check`, so a
 * 1M-case store is read page by page without holding up the main thread (the window stays live).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
try {
  if (workerData.singleFile) {
    // A fresh backup copy: one self-contained file (rollback journal) instead of the store's WAL mode.
    const copy = new Database(workerData.path, { fileMustExist: true });
    try { copy.pragma('journal_mode = DELETE'); } finally { copy.close(); }
  }
  db = new Database(workerData.path, { readonly: true, fileMustExist: true });
  const rows = db.pragma('quick_check(5)');
  const problems = rows.map((r) => r.quick_check);
  parentPort.postMessage(problems.length === 1 && problems[0] === 'ok' ? { ok: true } : { ok: false, reason: problems.join('; ') });
} catch (error) {
  // Damage (SQLITE_CORRUPT, SQLITE_NOTADB) is a finding; anything else (busy, I/O) only means the check did not run.
  const code = String(error && error.code || '');
  const damage = /^SQLITE_(CORRUPT|NOTADB)/.test(code) || /malformed|not a database|corrupt/i.test(String(error && error.message));
  parentPort.postMessage(damage ? { ok: false, reason: String(error && error.message || error) } : { ok: false, reason: String(error && error.message || error), unchecked: true });
} finally {
  if (db) db.close();
}
`;

const driver = createRequire(import.meta.url).resolve('better-sqlite3');

/**
 * Checks a store (or backup) file off the main thread: `PRAGMA quick_check` in a worker thread.
 * Never writes to the file — except with `singleFile`, for a backup copy just written: it is first
 * switched from WAL to a rollback journal (that rewrite syncs the whole file, ~0.1 s per 60 MB,
 * so it is done here rather than on the main thread). A missing file is reported, not created.
 */
export function checkIntegrity(path: string, options: { singleFile?: boolean } = {}): Promise<IntegrityResult> {
  if (!existsSync(path)) return Promise.resolve({ ok: false, reason: `no file at ${path}` });
  return new Promise((resolve) => {
    let settled = false;
    const settle = (result: IntegrityResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { path, driver, singleFile: options.singleFile === true } });
    worker.once('message', (message: IntegrityResult) => settle(message));
    worker.once('error', (error) => settle({ ok: false, reason: `integrity check failed: ${error.message}`, unchecked: true }));
    worker.once('exit', (code) => settle({ ok: false, reason: `integrity check stopped (exit ${code})`, unchecked: true }));
  });
}
