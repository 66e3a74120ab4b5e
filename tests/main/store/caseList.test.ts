import type { WritableDB } from '../../../src/main/store/db';
import fc from 'fast-check';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCases, type CaseListQuery } from '../../../src/main/store/cases/caseReads';
import { slaStateOf } from '../../../src/shared/domain/slaState';
import { seedDemo, DEFAULT_DEMO_NOW } from '../../../tools/demo/seedDemo';
import { openDatabase } from '../../../src/main/store/openDatabase';
import { caseSorts, channels, caseStatuses, slaStates, type CaseStatus, type SlaState } from '../../../src/shared/schemas/case';
import { categories, priorities } from '../../../src/shared/schemas/domainTerms';
import { makeTempDir } from '../../support/tempDir';

interface Row {
  id: string;
  number: string;
  subject: string;
  status: string;
  priority: string;
  channel: string;
  category: string | null;
  assignee_id: string | null;
  created_at: number;
  updated_at: number;
  resolution_due_at: number | null;
}

let temp: ReturnType<typeof makeTempDir>;
let db: WritableDB;
let all: Row[];
const now = DEFAULT_DEMO_NOW;

beforeAll(async () => {
  temp = makeTempDir();
  db = openDatabase(join(temp.dir, 'store.db'));
  await seedDemo(db, { cases: 400 });
  db.exec("UPDATE cases SET assignee_id = NULL WHERE rowid % 17 = 0; UPDATE cases SET subject = subject || ' 100%_off' WHERE rowid % 23 = 0");
  all = db.prepare('SELECT id, number, subject, status, priority, channel, category, assignee_id, created_at, updated_at, resolution_due_at FROM cases').all() as Row[];
});
afterAll(() => {
  db.close();
  temp.cleanup();
});

const slaOf = (r: Row): SlaState | null => slaStateOf({ status: r.status as CaseStatus, resolutionDueAt: r.resolution_due_at }, now);

/** SQLite's LIKE folds ASCII letters only: 'SH' finds 'shipping', but no other case folding happens. */
const asciiLower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** The same query done the slow, obvious way in JS. */
function expected(query: CaseListQuery): string[] {
  const key = (r: Row) => (query.sort === 'createdAt' ? r.created_at : query.sort === 'resolutionDue' ? (r.resolution_due_at ?? Number.MAX_SAFE_INTEGER) : r.updated_at);
  const direction = query.direction ?? (query.sort === 'resolutionDue' ? 'asc' : 'desc');
  return all
    .filter((r) => !query.statuses || query.statuses.includes(r.status as never))
    .filter((r) => !query.priorities || query.priorities.includes(r.priority as never))
    .filter((r) => !query.channels || query.channels.includes(r.channel as never))
    .filter((r) => !query.categories || (r.category !== null && query.categories.includes(r.category as never)))
    .filter((r) => !query.slaStates || query.slaStates.includes(slaOf(r) as never))
    .filter((r) => query.assigneeId === undefined || r.assignee_id === query.assigneeId)
    .filter((r) => query.createdFrom === undefined || r.created_at >= query.createdFrom)
    .filter((r) => !query.text || [r.number, r.subject].some((v) => asciiLower(v).includes(asciiLower(query.text!))))
    .sort((a, b) => (key(a) - key(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) * (direction === 'desc' ? -1 : 1))
    .map((r) => r.id);
}

function everyPage(query: CaseListQuery): { ids: string[]; total: number } {
  const ids: string[] = [];
  let page = listCases(db, query, now);
  const total = page.total;
  ids.push(...page.rows.map((r) => r.id));
  while (page.next) {
    page = listCases(db, { ...query, after: page.next }, now);
    ids.push(...page.rows.map((r) => r.id));
  }
  return { ids, total };
}

const someOf = <T,>(values: readonly T[]) => fc.option(fc.subarray([...values], { minLength: 1 }), { nil: undefined });

describe('the case list query', () => {
  it('filters, sorts and pages exactly like the obvious implementation, for any combination', () => {
    fc.assert(
      fc.property(
        fc.record({
          limit: fc.integer({ min: 7, max: 60 }),
          sort: fc.constantFrom(...caseSorts),
          direction: fc.option(fc.constantFrom('asc' as const, 'desc' as const), { nil: undefined }),
          statuses: someOf(caseStatuses),
          priorities: someOf(priorities),
          channels: someOf(channels),
          categories: someOf(categories),
          slaStates: someOf(slaStates),
          assigneeId: fc.option(fc.constant(null), { nil: undefined }),
          createdFrom: fc.option(fc.integer({ min: now - 400 * 86_400_000, max: now }), { nil: undefined }),
          text: fc.option(fc.constantFrom('100%_off', '漏水', 'SH', '-0001'), { nil: undefined }),
        }),
        (query) => {
          const { ids, total } = everyPage(query);
          const want = expected(query);
          expect(ids).toEqual(want);
          expect(total).toBe(want.length);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('treats % and _ in the text as plain characters', () => {
    const { ids } = everyPage({ limit: 50, sort: 'updatedAt', text: '100%_off' });
    expect(ids.length).toBeGreaterThan(0);
    expect(everyPage({ limit: 50, sort: 'updatedAt', text: '100x_off' }).ids).toEqual([]);
  });
});
