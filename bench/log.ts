/**
 * `npm run bench -- log [--ms 1000]`: what one log line costs the main thread. The rotating log
 * (src/main/logging/rotatingLog.ts) writes synchronously, as electron-log's file transport does by
 * default (`sync: true`), so that a line written just before a crash is on disk. Measured against,
 * in the same process and on the same disk:
 * - the floor for any synchronous file logger: a bare `appendFileSync` of a ready-made line;
 * - formatting and redacting a line without writing it (what any logger would add for us);
 * - the previous rotatingLog, which also made the folder, checked the file exists and stat'ed it
 *   on every line;
 * - an asynchronous `fs.WriteStream` (the main thread only queues; lines may be lost in a crash).
 */
import { appendFileSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rotatingLog } from '../src/main/logging/rotatingLog';
import { redact } from '../src/shared/domain/redact';
import { argValue, percentilesOf, printTable, rateOf, round } from './measure';

const MESSAGE = 'sync push failed for caller 13812345678: server answered 503, retrying in 30 s';

/** The previous write path, kept here for the comparison: mkdir, exists and stat on every line. */
function previousWrite(dir: string, maxBytes: number) {
  const file = join(dir, 'agentdesk.log');
  return () => {
    mkdirSync(dir, { recursive: true });
    const line = `${new Date().toISOString()} ERROR ${redact(MESSAGE)}\n`;
    if (existsSync(file) && statSync(file).size + Buffer.byteLength(line) > maxBytes) rmSync(file);
    appendFileSync(file, line);
  };
}

export async function run(args: string[]): Promise<void> {
  const ms = Number(argValue(args, 'ms') ?? 1000);
  const root = mkdtempSync(join(tmpdir(), 'agentdesk-bench-log-'));
  const folder = (name: string) => {
    const dir = join(root, name);
    mkdirSync(dir, { recursive: true });
    return dir;
  };
  const maxBytes = 1_000_000;

  const bareFile = join(folder('bare'), 'bare.log');
  const readyLine = `${new Date().toISOString()} ERROR ${redact(MESSAGE)}\n`;
  const bare = () => appendFileSync(bareFile, readyLine);
  const current = rotatingLog(folder('current'), { maxBytes });
  const now = () => current.write('error', MESSAGE);
  const before = previousWrite(folder('previous'), maxBytes);

  const formatOnly = () => `${new Date().toISOString()} ERROR ${redact(MESSAGE)}\n`.length;
  const variants = [
    { name: 'appendFileSync, ready line (floor)', key: 'bare', fn: bare },
    { name: 'format + redact only, no I/O', key: 'format', fn: formatOnly },
    { name: 'rotatingLog before (mkdir+exists+stat)', key: 'previous', fn: before },
    { name: 'rotatingLog now (size counted)', key: 'current', fn: now },
  ];
  const rows: Record<string, string | number>[] = [];
  const figures: Record<string, number> = {};
  const baseline = await rateOf(bare, ms);
  for (const variant of variants) {
    const rate = variant.key === 'bare' ? baseline : await rateOf(variant.fn, ms);
    const spread = percentilesOf(2_000, variant.fn);
    figures[`${variant.key}_lines_per_s`] = round(rate.opsPerSecond, 0);
    figures[`${variant.key}_p95_us`] = round(spread.p95 * 1000, 1);
    figures[`${variant.key}_cost_vs_bare`] = round(baseline.opsPerSecond / rate.opsPerSecond);
    rows.push({ writer: variant.name, 'lines/s': round(rate.opsPerSecond, 0), 'mean µs': round(rate.meanMicros, 1), 'p95 µs': round(spread.p95 * 1000, 1), 'cost ×': round(baseline.opsPerSecond / rate.opsPerSecond) });
  }

  // Asynchronous stream: the main thread only queues the line; measured to the last byte on disk.
  const lines = 50_000;
  const stream = createWriteStream(join(folder('stream'), 'stream.log'), { flags: 'a' });
  const start = process.hrtime.bigint();
  let queued = 0n;
  for (let i = 0; i < lines; i++) {
    const t = process.hrtime.bigint();
    stream.write(`${new Date().toISOString()} ERROR ${redact(MESSAGE)}\n`);
    queued += process.hrtime.bigint() - t;
  }
  await new Promise<void>((resolve) => stream.end(resolve));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const queueMicros = Number(queued) / 1e3 / lines;
  figures['stream_lines_per_s'] = round(lines / seconds, 0);
  figures['stream_queue_us'] = round(queueMicros, 1);
  figures['current_vs_previous_speedup'] = round(figures['current_lines_per_s']! / figures['previous_lines_per_s']!);
  rows.push({ writer: 'fs.WriteStream, async (queue only)', 'lines/s': round(lines / seconds, 0), 'mean µs': round(queueMicros, 1), 'p95 µs': '-', 'cost ×': round(baseline.opsPerSecond / (lines / seconds)) });

  rmSync(root, { recursive: true, force: true });
  printTable(rows);
  console.log(JSON.stringify({ bench: 'log', ...figures }));
}
