import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/store/openDatabase';
import { makeTempDir } from '../../support/tempDir';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
/** CI runs a short loop; `npm run test:soak` runs 200 kills or more (AGENTDESK_KILLS). */
const kills = Number(process.env['AGENTDESK_KILLS'] ?? 12);

/** Starts the worker, SIGKILLs it `afterMs` after it is ready, and returns the indexes it acknowledged. */
function runAndKill(dbPath: string, first: number, afterMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/wrapUpWorker.ts', dbPath, String(first)], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: number[] = [];
    let buffered = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), afterMs);
        const match = /^ack (\d+)$/.exec(line);
        if (match) acked.push(Number(match[1]));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => void (errors += chunk.toString()));
    child.once('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(acked) : reject(new Error(`the worker stopped by itself: ${errors}`))));
  });
}

describe('crash safety', () => {
  it(`keeps every acknowledged wrap-up, once, with its outbox mutations, through ${kills} SIGKILLs`, async () => {
    const temp = makeTempDir();
    const dbPath = join(temp.dir, 'store.db');
    openDatabase(dbPath).close();
    const acknowledged = new Set<number>();
    let next = 0;
    let checked = 0;
    try {
      for (let kill = 0; kill < kills; kill++) {
        for (const i of await runAndKill(dbPath, next, 5 + ((kill * 37) % 120))) acknowledged.add(i);
        const db = openDatabase(dbPath); // refuses a damaged file
        try {
          expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
          const rows = db.prepare("SELECT CAST(substr(subject, 6) AS INTEGER) AS i, id, status FROM cases WHERE subject LIKE 'wrap-%'").all() as { i: number; id: string; status: string }[];
          const committed = new Map(rows.map((r) => [r.i, r]));
          expect(committed.size).toBe(rows.length); // none twice
          for (const i of acknowledged) {
            const row = committed.get(i);
            expect(row, `acknowledged wrap-up ${i}`).toBeDefined();
            expect(row!.status).toBe('resolved');
          }
          // Every committed action's mutation is still in the outbox (nothing has synced).
          const mutations = db.prepare("SELECT name, json_extract(args, '$.id') AS id, json_extract(args, '$.caseId') AS case_id FROM outbox WHERE state = 'pending'").all() as { name: string; id: string | null; case_id: string | null }[];
          const created = new Set(mutations.filter((m) => m.name === 'case.create').map((m) => m.id));
          const wrapped = new Set(mutations.filter((m) => m.name === 'call.wrapUp').map((m) => m.case_id));
          for (const row of rows) {
            expect(created.has(row.id)).toBe(true);
            if (row.status === 'resolved') expect(wrapped.has(row.id)).toBe(true);
          }
          expect(db.prepare('SELECT count(*) AS n FROM sync_capture').get()).toEqual({ n: 0 });
          checked += rows.length;
          next = Math.max(-1, ...committed.keys()) + 1;
        } finally {
          db.close();
        }
      }
      expect(acknowledged.size).toBeGreaterThan(0);
      console.log(`crash safety: ${kills} kills survived, ${acknowledged.size} acknowledged wrap-ups, ${checked} case checks`);
    } finally {
      temp.cleanup();
    }
  }, 600_000);
});
