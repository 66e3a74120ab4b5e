/**
 * `open_ms` of `npm run bench -- store`, or alone: `npm run bench -- storeOpen --db PATH [--runs 3]`.
 *
 * Opening an existing store as the app does (the startup controller: schema version read,
 * migrations when pending, the services built) until it answers the first case-list page, as the
 * window's first screen asks it. The full integrity check is not on that path (issue 19); it runs in
 * the background afterwards, and `integrity_check_ms` says how long that takes on the same file.
 */
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createStartupController } from '../src/main/startup/startupController';
import { memorySettingsBackend } from '../src/main/settings/settings';
import { checkIntegrity } from '../src/main/store/backups/integrityCheck';
import { CASE_STORE_FILE } from '../src/main/services';
import { channelOf } from '../src/shared/channels';
import { argValue, printTable, round } from './measure';

const idle = { setTimeout: () => 0, clearTimeout: () => {} };

/** Milliseconds from creating the startup controller to the first case-list page, on the store at `path`. */
export async function measureOpen(path: string): Promise<number> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'agentdesk-bench-open-'));
  symlinkSync(resolve(path), join(userDataDir, CASE_STORE_FILE)); // the app's file name, pointing at the bench store
  try {
    const start = performance.now();
    const startup = createStartupController({
      services: { userDataDir, settingsBackend: memorySettingsBackend({}), version: 'bench', osLocale: 'zh-CN', backupTimer: idle },
      checkTimer: idle, // the background check is measured on its own below
    });
    const state = await startup.start();
    if (state.phase !== 'ready') throw new Error(`the store did not open: ${JSON.stringify(state)}`);
    const page = await startup.dispatch(channelOf.listCases, { limit: 50 });
    const ms = performance.now() - start;
    if (!page.ok) throw new Error(`the first case-list page failed: ${page.error.message}`);
    startup.close();
    return ms;
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

/** The background check's duration (worker `quick_check`) on the same file. */
export async function measureIntegrityCheck(path: string): Promise<number> {
  const start = performance.now();
  const result = await checkIntegrity(path);
  if (!result.ok) throw new Error(`integrity check: ${result.reason}`);
  return performance.now() - start;
}

export async function run(args: string[]): Promise<void> {
  const path = argValue(args, 'db');
  if (!path) throw new Error('usage: npm run bench -- storeOpen --db PATH [--runs 3] [--check]');
  const runs = Number(argValue(args, 'runs') ?? 3);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await measureOpen(path));
  const figures: Record<string, number> = { open_ms: Math.round(Math.max(...times)), open_min_ms: Math.round(Math.min(...times)) };
  const rows = times.map((ms, i) => ({ what: `open to first case-list page, run ${i + 1}`, ms: round(ms, 1) }));
  if (args.includes('--check')) {
    figures.integrity_check_ms = Math.round(await measureIntegrityCheck(path));
    rows.push({ what: 'background integrity check (worker quick_check)', ms: figures.integrity_check_ms });
  }
  printTable(rows);
  console.log(JSON.stringify({ bench: 'storeOpen', ...figures }));
}
