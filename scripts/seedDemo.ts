/**
 * `npm run seed:demo [-- [--cases N] [--db PATH] [--seed S]]`
 *
 * Fills an empty (or not yet existing) case store with deterministic demo data: N cases (default
 * 2,000) into PATH (default: the store `npm start` opens, see tools/demo/defaultStorePath.ts) over the
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
import { DEMO_PASSWORD, demoAccounts } from '../tools/demo/demoAccounts';
import { defaultStorePath } from '../tools/demo/defaultStorePath';
import { parseSeedDemoArgs, SeedUsageError, seedDemoUsage, type SeedDemoArgs } from '../tools/demo/seedDemoArgs';
import { homedir } from 'node:os';

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

/** How to get an empty store when the chosen one is taken. */
function startFresh(isDefaultStore: boolean): string {
  const moveAside = 'move that file (and any -wal and -shm files beside it) somewhere else';
  return isDefaultStore
    ? `To start fresh: quit AgentDesk, ${moveAside}, and run seed:demo again; or fill another file with --db PATH.`
    : `To start fresh: ${moveAside}, or give --db a path where no store exists yet.`;
}

function printWhereAndWho(path: string, isDefaultStore: boolean): void {
  console.log(`\nseeded ${path}${isDefaultStore ? ' (the store `npm start` opens)' : ''}`);
  console.log(`sign in with the password ${DEMO_PASSWORD} as ${demoAccounts.map((a) => `${a.number} (${a.role})`).join(', ')}`);
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(seedDemoUsage);
    return 0;
  }
  let parsed: SeedDemoArgs;
  try {
    parsed = parseSeedDemoArgs(argv);
  } catch (error) {
    if (!(error instanceof SeedUsageError)) throw error;
    console.error(`seed:demo: ${error.message}\n${seedDemoUsage}`);
    return 2;
  }
  const args = { ...parsed, db: parsed.db ?? defaultStorePath(process.platform, process.env, homedir()) };
  const isDefaultStore = parsed.db === undefined;
  const start = performance.now();
  try {
    const existing = casesAlreadyIn(args.db);
    if (existing > 0) {
      console.error(`seed:demo: ${args.db} already has ${format(existing)} cases; demo data goes only into an empty store. Nothing was changed.\n${startFresh(isDefaultStore)}`);
      return 1;
    }
    process.stderr.write(`seeding ${format(args.cases)} demo cases into ${args.db}\n`);
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
      printWhereAndWho(args.db, isDefaultStore);
    } finally {
      if (db.open) db.close();
    }
    return 0;
  } catch (error) {
    if (error instanceof AppError || (error instanceof Error && 'code' in error && String((error as { code: unknown }).code).startsWith('SQLITE'))) {
      console.error(`seed:demo: ${args.db}: ${error.message}${error instanceof AppError && error.code === 'conflict' ? `\n${startFresh(isDefaultStore)}` : ''}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
