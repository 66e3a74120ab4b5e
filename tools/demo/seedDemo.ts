import type { WritableDB } from '../../src/main/store/db';
import { AppError } from '../../src/shared/result';
import { storeOccupancy } from '../../src/main/store/storeHealth';
import { setCapture } from '../../src/main/store/sync/syncState';
import { articleSearchRows } from '../../src/main/store/search/scratchSearchIndex';
import { withBulkSettings, withoutIndexes } from '../../src/main/store/bulkLoad/bulkSettings';
import { demoSearchFeed } from './demoSearchFeed';
import { ParallelSearchIndex } from './parallelSearchIndex';
import { writeDemoData } from './writeDemoData';
import { writeDemoAccounts } from './demoAccounts';
import { demoColumns, type DemoTable } from './demoTables';

export const DEFAULT_DEMO_SEED = 20261120;
export const DEFAULT_DEMO_NOW = Date.parse('2026-11-20T09:00:00+08:00');

export type SeedPhase = 'cases' | 'search';

export interface SeedOptions {
  cases: number;
  seed?: number;
  /** The moment the demo data stands at; cases span the two years before it. */
  now?: number;
  /** After every committed batch: cases written so far (phase 'cases'), then documents indexed (phase 'search'). */
  onProgress?: (done: number, total: number, phase: SeedPhase) => void;
}

export interface SeedSummary {
  cases: number;
  customers: number;
  events: number;
  followUps: number;
  surveys: number;
  returns: number;
  faultDiagnoses: number;
  articles: number;
  agents: number;
  /**
   * Wall-clock milliseconds: rows written, secondary indexes rebuilt, and the wait for the search
   * index after that (it is built alongside the rows, see ParallelSearchIndex).
   */
  timings: { loadMs: number; indexMs: number; searchMs: number };
}

const bulkTables = Object.keys(demoColumns) as DemoTable[];

/**
 * Fills an empty case store with a realistic demo: 3 branches, 12 teams, 241 agents, about 0.4
 * customers per case, `cases` cases over the two years before `now` in every scenario, channel and
 * status, with their events, calls, follow-ups, surveys, returns, fault diagnoses, audit entries,
 * the knowledge base and the call scripts, and the search index over them. Deterministic: the
 * same seed, count and `now` write identical rows, ids included. Nothing goes to the outbox: demo
 * data is never synced. Refuses (AppError 'conflict') a store that already has cases or an
 * organisation, without writing anything.
 *
 * Speed (a million cases): multi-row INSERTs from one prepared statement per table, transactions
 * of ~20,000 cases, fsync off and the journal in memory during the load, and the secondary indexes
 * of the bulk tables dropped before and rebuilt after it (see bulkLoad.ts); the search index built
 * on a worker thread at the same time (see ParallelSearchIndex). `db` must be a database file.
 */
export async function seedDemo(db: WritableDB, options: SeedOptions): Promise<SeedSummary> {
  const { cases } = options;
  if (!Number.isSafeInteger(cases) || cases < 0) throw new AppError('validation', `the number of demo cases must be a whole number ≥ 0, got ${cases}`);
  const existing = storeOccupancy(db);
  if (existing.cases > 0) throw new AppError('conflict', `the store already has ${existing.cases} cases; demo data goes only into an empty store`);
  if (existing.org > 0) throw new AppError('conflict', 'the store already has branches or agents; demo data goes only into an empty store');
  const input = { cases, seed: options.seed ?? DEFAULT_DEMO_SEED, now: options.now ?? DEFAULT_DEMO_NOW };

  if (db.memory) throw new AppError('validation', 'demo data goes into a database file, not an in-memory database');
  setCapture(db, false); // demo data is never synced
  const result = await withBulkSettings(db, async () => {
    const index = new ParallelSearchIndex(db);
    try {
      const feed = demoSearchFeed(index);
      const start = performance.now();
      const { result: pass, indexMs } = withoutIndexes(db, bulkTables, () =>
        writeDemoData(
          db,
          input,
          (done) => {
            feed.flush();
            options.onProgress?.(done, cases, 'cases');
          },
          feed.tap,
        ),
      );
      const loadMs = performance.now() - start - indexMs;
      const searchStart = performance.now();
      index.add({ kind: 'article', rows: articleSearchRows(db) });
      const docs = pass.written.cases + pass.written.customers + pass.articles;
      await index.finish((done) => options.onProgress?.(done, docs, 'search'));
      return { pass, timings: { loadMs: Math.round(loadMs), indexMs: Math.round(indexMs), searchMs: Math.round(performance.now() - searchStart) } };
    } catch (error) {
      await index.abort();
      throw error;
    }
  }).finally(() => setCapture(db, true));
  await writeDemoAccounts(db, input.now);
  const { written } = result.pass;
  return {
    cases: written.cases,
    customers: written.customers,
    events: written.timeline_events,
    followUps: written.follow_ups,
    surveys: written.surveys,
    returns: written.returns,
    faultDiagnoses: written.fault_diagnoses,
    articles: result.pass.articles,
    agents: result.pass.agents,
    timings: result.timings,
  };
}
