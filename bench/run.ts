/**
 * `npm run bench -- NAME [options]`: runs bench/NAME.ts. Each benchmark prints a readable table
 * and, as its last line, one JSON object with its figures (ratios against a baseline measured in
 * the same process).
 */
import { readdirSync } from 'node:fs';

const [name, ...args] = process.argv.slice(2);
const available = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.ts') && !['run.ts', 'measure.ts', 'storeSaves.ts'].includes(f))
  .map((f) => f.slice(0, -3));

if (!name || !available.includes(name)) {
  console.error(`usage: npm run bench -- NAME [options]\nbenchmarks: ${available.join(', ')}`);
  process.exit(2);
}
const bench = (await import(`./${name}.ts`)) as { run(args: string[]): Promise<void> };
await bench.run(args);
