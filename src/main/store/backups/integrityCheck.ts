import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export type IntegrityResult = { ok: true } | { ok: false; reason: string };

/**
 * The worker's code, evaluated as CommonJS: opens the file read-only and runs `quick_check`, so a
 * 1M-case store is read page by page without holding up the main thread (the window stays live).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
try {
  db = new Database(workerData.path, { readonly: true, fileMustExist: true });
  const rows = db.pragma('quick_check(5)');
  const problems = rows.map((r) => r.quick_check);
  parentPort.postMessage(problems.length === 1 && problems[0] === 'ok' ? { ok: true } : { ok: false, reason: problems.join('; ') });
} catch (error) {
  parentPort.postMessage({ ok: false, reason: String(error && error.message || error) });
} finally {
  if (db) db.close();
}
`;

const driver = createRequire(import.meta.url).resolve('better-sqlite3');

/**
 * Checks a store (or backup) file off the main thread: `PRAGMA quick_check` in a worker thread.
 * Never writes to the file. A missing file is reported, not created.
 */
export function checkIntegrity(path: string): Promise<IntegrityResult> {
  if (!existsSync(path)) return Promise.resolve({ ok: false, reason: `no file at ${path}` });
  return new Promise((resolve) => {
    let settled = false;
    const settle = (result: IntegrityResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { path, driver } });
    worker.once('message', (message: IntegrityResult) => settle(message));
    worker.once('error', (error) => settle({ ok: false, reason: `integrity check failed: ${error.message}` }));
    worker.once('exit', (code) => settle({ ok: false, reason: `integrity check stopped (exit ${code})` }));
  });
}
