import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { asWritable, type WritableDB } from '../../../src/main/store/db';
import { migrations } from '../../../src/main/store/migrations/index';
import { indexCase, indexCustomer } from '../../../src/main/store/search/searchIndex';
import { mergeSearchIndex, SEARCH_MERGE_SETTINGS, searchMergeSettings } from '../../../src/main/store/search/searchMerge';
import { search } from '../../../src/main/store/search/searchQuery';
import { searchIndexLevels } from '../../../src/main/store/search/searchStructure';

let db: WritableDB;
afterEach(() => db?.close());

function freshStore(): WritableDB {
  db = asWritable(new BetterSqlite3(':memory:'));
  db.pragma('foreign_keys = OFF');
  for (const m of migrations) db.transaction(() => m.up(db))();
  return db;
}

const addCustomer = (id: string, name: string, at: number) => {
  db.prepare("INSERT INTO customers (id, name, phone, tags, created_at, updated_at) VALUES (?, ?, ?, '[]', ?, ?)").run(id, name, `138${String(at).padStart(8, '0')}`, at, at);
  indexCustomer(db, id);
};
const addCase = (id: string, customerId: string, subject: string, at: number) => {
  db.prepare("INSERT INTO cases (id, number, customer_id, channel, subject, description, status, created_at, updated_at) VALUES (?, ?, ?, 'phone', ?, '', 'new', ?, ?)").run(id, `C-${id}`, customerId, subject, at, at);
  indexCase(db, id);
};

describe('search index maintenance (issue 19)', () => {
  it('stores merge settings under which no save merges the index', () => {
    freshStore();
    expect(searchMergeSettings(db)).toMatchObject(SEARCH_MERGE_SETTINGS);
  });

  it('merges in steps bounded by pages, resuming where the last step stopped', () => {
    freshStore();
    addCustomer('cu0', '王秀英', 1);
    // Each transaction writes one small level-0 segment.
    for (let i = 0; i < 40; i++) addCase(`c${i}`, 'cu0', `第${i}号冰箱退货 ${'维修说明'.repeat(20)} word${i} `.repeat(5), 10 + i);
    const segments = () => searchIndexLevels(db).flatMap((l) => l.segments).length;
    const before = segments();
    expect(before).toBeGreaterThanOrEqual(20);
    expect(mergeSearchIndex(db, 1)).toBe(true);
    // One page of work leaves a merge under way, recorded in the index.
    expect(searchIndexLevels(db).some((l) => l.merging > 0)).toBe(true);
    let steps = 1;
    while (mergeSearchIndex(db, 1) && steps < 10_000) steps++;
    expect(steps).toBeGreaterThan(1);
    expect(segments()).toBeLessThan(before);
    expect(search(db, { text: '退货', limit: 50 }).filter((h) => h.kind === 'case')).toHaveLength(40);
  });
});

describe('customers first, in a lane of their own', () => {
  it('a given name shared by many customers and named in many newer cases returns the newest matching customers first', () => {
    freshStore();
    for (let i = 0; i < 60; i++) addCustomer(`cu${i}`, `${'王李张刘陈'[i % 5]}秀英`, 1_000 + i);
    // 300 newer cases mention the name: a single newest-first window saw only these.
    for (let i = 0; i < 300; i++) addCase(`c${i}`, `cu${i % 60}`, '咨询', 10_000 + i);
    const hits = search(db, { text: '秀英', limit: 20 });
    const customers = hits.filter((h) => h.kind === 'customer');
    expect(hits.slice(0, 20).every((h) => h.kind === 'customer')).toBe(true);
    const newest = Array.from({ length: 20 }, (_, k) => `cu${59 - k}`);
    expect(customers.map((h) => h.id).sort()).toEqual(newest.sort());
    expect(hits.slice(20).length).toBeGreaterThan(0);
    expect(hits.slice(20).every((h) => h.kind === 'case')).toBe(true);
  });
});
