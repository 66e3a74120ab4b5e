/** Small timing helpers shared by the benchmarks. */

export interface Rate {
  opsPerSecond: number;
  meanMicros: number;
}

/** Runs `fn` for about `ms` milliseconds after a warm-up and reports its rate. */
export async function rateOf(fn: () => unknown, ms = 1000): Promise<Rate> {
  for (let i = 0; i < 200; i++) await fn();
  let ops = 0;
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(ms) * 1_000_000n;
  let now = start;
  while (now < deadline) {
    for (let i = 0; i < 50; i++) await fn();
    ops += 50;
    now = process.hrtime.bigint();
  }
  const seconds = Number(now - start) / 1e9;
  return { opsPerSecond: ops / seconds, meanMicros: (seconds * 1e6) / ops };
}

export function printTable(rows: Record<string, string | number>[]): void {
  const columns = Object.keys(rows[0] ?? {});
  const width = (c: string) => Math.max(c.length, ...rows.map((r) => String(r[c]).length));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(width(columns[i]!))).join('  ');
  console.log(line(columns));
  console.log(line(columns.map((c) => '-'.repeat(width(c)))));
  for (const row of rows) console.log(line(columns.map((c) => String(row[c]))));
}

export const round = (n: number, digits = 2) => Number(n.toFixed(digits));

export interface Percentiles {
  p50: number;
  p95: number;
  mean: number;
}

/** Times each call of `fn(i)` separately and returns p50/p95/mean in milliseconds. */
export function percentilesOf(iterations: number, fn: (i: number) => unknown, warmup = 20): Percentiles {
  for (let i = 0; i < warmup; i++) fn(i);
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    fn(i);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p50: at(0.5), p95: at(0.95), mean: times.reduce((a, b) => a + b, 0) / times.length };
}

export function argValue(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}
