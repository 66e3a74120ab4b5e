/**
 * `npm run bench -- ipc [--ms 1000]`: requests per second through dispatch (channel lookup, zod
 * validation, error wrapping) against calling the same handler directly, on a real SQLite file.
 */
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createDispatch } from '../src/main/ipc/dispatch';
import { createHandlers } from '../src/main/ipc/handlers';
import { createSettings, memorySettingsBackend } from '../src/main/settings/settings';
import { localAgent } from '../src/main/store/actor';
import { openDatabase } from '../src/main/store/openDatabase';
import { standaloneSync } from '../src/main/sync/standaloneSync';
import { argValue, printTable, rateOf, round } from './measure';

export async function run(args: string[]): Promise<void> {
  const ms = Number(argValue(args, 'ms') ?? 1000);
  const dir = mkdtempSync(join(tmpdir(), 'agentdesk-bench-'));
  const db = openDatabase(join(dir, 'bench.db'));
  const handlers = createHandlers({
    db,
    settings: createSettings(memorySettingsBackend(), () => {}),
    version: 'bench',
    dataDir: dir,
    osLocale: 'zh-CN',
    now: Date.now,
    actor: () => localAgent,
    ...standaloneSync(db),
  });
  const dispatch = createDispatch(handlers);
  for (let i = 0; i < 200; i++) {
    handlers.createCase({ customerName: `客户${i}`, customerPhone: `1380000${String(i).padStart(4, '0')}`, channel: 'phone', subject: `问题 ${i}` });
  }

  const cases = [
    { verb: 'getSettings', direct: () => handlers.getSettings(), viaDispatch: () => dispatch('settings:get', undefined) },
    { verb: 'listCases (20 rows)', direct: () => handlers.listCases({ limit: 20, sort: 'updatedAt' }), viaDispatch: () => dispatch('case:list', { limit: 20 }) },
  ];
  const rows = [];
  const figures: Record<string, number> = {};
  for (const c of cases) {
    const direct = await rateOf(c.direct, ms);
    const via = await rateOf(c.viaDispatch, ms);
    const key = c.verb.split(' ')[0]!;
    figures[`${key}_direct_ops_per_s`] = round(direct.opsPerSecond, 0);
    figures[`${key}_dispatch_ops_per_s`] = round(via.opsPerSecond, 0);
    figures[`${key}_dispatch_vs_direct`] = round(direct.opsPerSecond / via.opsPerSecond);
    rows.push({
      verb: c.verb,
      'direct ops/s': round(direct.opsPerSecond, 0),
      'dispatch ops/s': round(via.opsPerSecond, 0),
      'dispatch µs': round(via.meanMicros),
      'cost ×': round(direct.opsPerSecond / via.opsPerSecond),
    });
  }
  db.close();
  rmSync(dir, { recursive: true, force: true });
  printTable(rows);
  console.log(JSON.stringify({ bench: 'ipc', ...figures }));
}
