/**
 * `npm run seed:demo -- --cases N --db PATH [--seed S]`
 *
 * Fills an empty (or not yet existing) case store with deterministic demo data: N cases over the
 * two years before 2026-11-20 09:00 Beijing time, with customers, agents, events, calls, follow-ups,
 * surveys, returns, fault diagnoses, the knowledge base and the search index. Progress goes to
 * stderr, the summary table to stdout.
 *
 * Exit codes: 0 done; 1 the store cannot be seeded (it already has cases, or cannot be opened),
 * and is left as it was; 2 bad arguments.
 */
import BetterSqlite3 from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { seedDemo, type SeedPhase, type SeedSummary } from '../tools/demo/seedDemo';
import { openDatabase } from '../src/main/store/openDatabase';
import { AppError } from '../src/shared/result';

const usage = 'usage: npm run seed:demo -- --cases N --db PATH [--seed S]\n  N: whole number of cases ≥ 0; S: whole number seed (default 20261120)';

interface Args {
  cases: number;
  db: string;
  seed: number | undefined;
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Args {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const match = /^--(cases|db|seed)(?:=(.*))?$/.exec(arg);
    if (!match) throw new UsageError(`unknown argument: ${arg}`);
    const name = match[1]!;
    const value = match[2] ?? argv[++i];
    if (value === undefined || value === '' || (match[2] === undefined && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
    if (values.has(name)) throw new UsageError(`--${name} is given twice`);
    values.set(name, value);
  }
  const wholeNumber = (name: string, text: string | undefined): number | undefined => {
    if (text === undefined) return undefined;
    const n = Number(text);
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(n)) throw new UsageError(`--${name} must be a whole number ≥ 0, got '${text}'`);
    return n;
  };
  const cases = wholeNumber('cases', values.get('cases'));
  if (cases === undefined) throw new UsageError('--cases is required');
  const db = values.get('db');
  if (db === undefined) throw new UsageError('--db is required');
  return { cases, db, seed: wholeNumber('seed', values.get('seed')) };
}

/** Cases already in an existing store, read without changing the file (no migrations, no writes). */
function casesAlreadyIn(path: string): number {
  if (!existsSync(path) || statSync(path).size === 0) return 0;
  const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'cases'").get();
    return hasTable ? (db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n : 0;
  } finally {
    db.close();
  }
}

const format = (n: number) => n.toLocaleString('en-US');

function printSummary(summary: SeedSummary, path: string, seconds: number): void {
  const bytes = statSync(path).size;
  const rows: [string, string][] = [
    ['cases', format(summary.cases)],
    ['customers', format(summary.customers)],
    ['timeline events', format(summary.events)],
    ['follow-ups', format(summary.followUps)],
    ['surveys', format(summary.surveys)],
    ['returns', format(summary.returns)],
    ['fault diagnoses', format(summary.faultDiagnoses)],
    ['articles', format(summary.articles)],
    ['agents', format(summary.agents)],
    ['write rows', `${(summary.timings.loadMs / 1000).toFixed(1)} s`],
    ['rebuild indexes', `${(summary.timings.indexMs / 1000).toFixed(1)} s`],
    ['finish search index', `${(summary.timings.searchMs / 1000).toFixed(1)} s`],
    ['database size', `${(bytes / 1024 / 1024).toFixed(1)} MiB${summary.cases > 0 ? ` (${format(Math.round(bytes / summary.cases))} bytes per case)` : ''}`],
    ['total time', `${seconds.toFixed(1)} s`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage);
    return 0;
  }
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`seed:demo: ${error.message}\n${usage}`);
    return 2;
  }
  const start = performance.now();
  try {
    const existing = casesAlreadyIn(args.db);
    if (existing > 0) {
      console.error(`seed:demo: ${args.db} already has ${format(existing)} cases; demo data goes only into an empty store. Nothing was changed.`);
      return 1;
    }
    const db = openDatabase(args.db);
    try {
      let lastPhase: SeedPhase | null = null;
      const summary = await seedDemo(db, {
        cases: args.cases,
        ...(args.seed === undefined ? {} : { seed: args.seed }),
        onProgress: (done, total, phase) => {
          if (lastPhase !== null && phase !== lastPhase) process.stderr.write('\n');
          lastPhase = phase;
          process.stderr.write(`\r${phase === 'cases' ? 'cases' : 'search index'} ${format(done)} / ${format(total)}`);
        },
      });
      process.stderr.write('\n');
      db.close();
      printSummary(summary, args.db, (performance.now() - start) / 1000);
    } finally {
      if (db.open) db.close();
    }
    return 0;
  } catch (error) {
    if (error instanceof AppError || (error instanceof Error && 'code' in error && String((error as { code: unknown }).code).startsWith('SQLITE'))) {
      console.error(`seed:demo: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
