import type { WritableDB } from '../../src/main/store/db';
import { BatchInsert, insertRows, type SqlValue } from '../../src/main/store/bulkLoad/batchInsert';
import { DAY_MS, planCaseTimes } from './demoCalendar';
import { makeCustomer, type DemoCustomer } from './demoCustomers';
import { pickBranch } from './demoCaseMix';
import { CaseWriter, type DemoWorld } from './demoData';
import { makeKnowledge } from './demoKnowledge';
import { makeOrganisation, writeExportAudits } from './demoOrganisation';
import { makeDemoClock } from './demoSla';
import { demoColumns, setupColumns, type DemoSink, type DemoTable, type SetupTable } from './demoTables';
import { DemoRng } from './random';
import { liveWorkRng } from './demoLiveWork';

/** Everything the demo data depends on: the same input always gives the same rows. */
export interface DemoInput {
  cases: number;
  seed: number;
  now: number;
}

export interface DemoDataResult {
  written: Record<DemoTable, number>;
  articles: number;
  agents: number;
}

/** Customers per case: most customers call once, some come back several times. */
const CUSTOMERS_PER_CASE = 0.4;
/** Two years of cases before `now`. */
const SPAN_DAYS = 730;
const CASES_PER_TRANSACTION = 20_000;

/**
 * Makes the whole demo data set from `input` and writes it: the organisation, knowledge base,
 * scripts and case-number sequences first, then the customers and cases in transactions of whole
 * days (about 20,000 cases each), calling `onBatch` with the cases written after each. `tap` sees
 * the rows of the tables it names as they are written. The caller handles indexes and connection
 * settings.
 */
export function writeDemoData(db: WritableDB, input: DemoInput, onBatch?: (casesDone: number) => void, tap: Partial<DemoSink> = {}): DemoDataResult {
  const { cases: total, now } = input;
  const rng = new DemoRng(input.seed);
  const plan = planCaseTimes(rng, total, now, SPAN_DAYS);
  const from = now - SPAN_DAYS * DAY_MS;
  const org = makeOrganisation(rng, from - 30 * DAY_MS);
  const world: DemoWorld = { org, clock: makeDemoClock(from - DAY_MS, now + DAY_MS), now };
  const knowledge = makeKnowledge(rng, org, from, now);

  const tables = Object.keys(demoColumns) as DemoTable[];
  const inserts = Object.fromEntries(tables.map((t) => [t, new BatchInsert(db, t, demoColumns[t])])) as Record<DemoTable, BatchInsert>;
  const sink = Object.fromEntries(
    tables.map((t) => {
      const insert = inserts[t];
      const also = tap[t];
      return [t, also ? (...values: SqlValue[]) => (insert.add(...values), also(...values)) : insert.add.bind(insert)];
    }),
  ) as DemoSink;
  const flush = () => tables.forEach((t) => inserts[t].flush());

  db.transaction(() => {
    writeSetup(db, org, knowledge, plan.days);
    writeExportAudits(rng, org, from, now, sink);
    flush();
  })();

  const customerTarget = total === 0 ? 0 : Math.max(1, Math.round(total * CUSTOMERS_PER_CASE));
  const customers: DemoCustomer[] = [];
  const chooseCustomer = (index: number, createdAt: number): DemoCustomer => {
    const remainingCases = total - index;
    const remainingCustomers = customerTarget - customers.length;
    if (customers.length === 0 || rng.float() * remainingCases < remainingCustomers) {
      const customer = makeCustomer(rng, org, customers.length, createdAt, pickBranch(rng), sink);
      customers.push(customer);
      return customer;
    }
    // Mostly anyone seen before; some come back about something recent.
    const recent = Math.min(customers.length, 2_000);
    return rng.chance(0.2) ? customers[customers.length - 1 - rng.int(0, recent - 1)]! : customers[rng.int(0, customers.length - 1)]!;
  };

  const writer = new CaseWriter(rng, world, sink, liveWorkRng(input.seed));
  const writeDays = db.transaction((startDay: number, endDay: number) => {
    for (let d = startDay; d < endDay; d++) {
      const day = plan.days[d]!;
      for (let k = 0; k < day.count; k++) {
        const index = day.start + k;
        const createdAt = plan.times[index]!;
        writer.write({ createdAt, day: day.day, seq: k + 1, customer: chooseCustomer(index, createdAt) });
      }
    }
    flush();
  });
  for (let d = 0; d < plan.days.length; ) {
    let end = d;
    let inBatch = 0;
    while (end < plan.days.length && (inBatch === 0 || inBatch + plan.days[end]!.count <= CASES_PER_TRANSACTION)) inBatch += plan.days[end++]!.count;
    writeDays(d, end);
    d = end;
    onBatch?.(end < plan.days.length ? plan.days[end]!.start : total);
  }

  const written = Object.fromEntries(tables.map((t) => [t, inserts[t].written])) as Record<DemoTable, number>;
  return { written, articles: knowledge.articles.length, agents: org.agents.length };
}

function writeSetup(db: WritableDB, org: DemoWorld['org'], knowledge: ReturnType<typeof makeKnowledge>, days: readonly { day: string; count: number }[]): void {
  const rows = (table: SetupTable, values: SqlValue[][]) => insertRows(db, table, setupColumns[table], values);
  rows('branches', org.branches.map((b) => [b.id, b.code, b.name]));
  rows('teams', org.teams.map((t) => [t.id, org.branches[t.branch]!.id, t.name]));
  rows('agents', org.agents.map((a) => [a.id, a.number, a.name, a.role, org.branches[a.branch]!.id, a.team === null ? null : org.teams[a.team]!.id, a.active ? 1 : 0]));
  rows('kb_articles', knowledge.articles);
  rows('kb_article_versions', knowledge.articleVersions);
  rows('scripts', knowledge.scripts);
  rows('script_versions', knowledge.scriptVersions);
  // The highest number handed out each day, so a case made in the app continues the sequence.
  rows('case_number_seq', days.filter((d) => d.count > 0).map((d) => [d.day, d.count]));
}
