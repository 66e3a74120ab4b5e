/**
 * Issue 19's worst cases for `bench store`: ≥ 2,000 wrap-up saves timed one by one (p95, p99, max),
 * the growth of free pages they cause, and customer-name recall (of the 20 most recently updated
 * customers whose name contains a given or full name, how many a search returns).
 */
import type { Database } from 'better-sqlite3';
import type { WritableDB } from '../src/main/store/db';
import { search } from '../src/main/store/search/searchQuery';
import { round } from './measure';

export function timedSaves(count: number, save: (i: number) => void): { p95: number; p99: number; max: number } {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint();
    save(i);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p95: round(at(0.95), 3), p99: round(at(0.99), 3), max: round(times.at(-1)!, 3) };
}

export const freePages = (db: Database) => db.pragma('freelist_count', { simple: true }) as number;
export const pageCount = (db: Database) => db.pragma('page_count', { simple: true }) as number;

/**
 * The given name in a full name: a Chinese name without its one-character surname (王秀英 → 秀英),
 * a Latin-script name's first word (Julia Martin → Julia).
 */
const givenName = (name: string) => (/^[\p{Script=Latin}]/u.test(name) ? name.split(/\s+/)[0]! : [...name].slice(1).join(''));

/** Fraction over ≥ 20 given names and full names in the data. */
export function customerNameRecall(db: WritableDB, names = 24): number {
  const full = db.prepare('SELECT name FROM customers ORDER BY rowid DESC LIMIT ?').pluck().all(names / 2) as string[];
  const given = [...new Set(full.map(givenName).filter((n) => [...n].length >= 2))];
  const terms = [...new Set([...full, ...given])].slice(0, names);
  const newest = db.prepare("SELECT id FROM customers WHERE instr(name, ?) > 0 ORDER BY updated_at DESC, rowid DESC LIMIT 20").pluck();
  let found = 0;
  let wanted = 0;
  for (const term of terms) {
    const expected = newest.all(term) as string[];
    const hits = new Set(search(db, { text: term, limit: 20 }).filter((h) => h.kind === 'customer').map((h) => h.id));
    wanted += expected.length;
    found += expected.filter((id) => hits.has(id)).length;
  }
  return wanted === 0 ? 1 : round(found / wanted, 3);
}

/** `count` wrap-up saves on open cases not used before (from `skip` on): p99, max and free-page growth. */
export function worstSaves(db: WritableDB, count: number, skip: number, save: (caseId: string) => void): Record<string, number> {
  const ids = db.prepare("SELECT id FROM cases WHERE status IN ('new', 'inProgress', 'reopened') LIMIT ? OFFSET ?").pluck().all(count, skip) as string[];
  const pagesBefore = pageCount(db);
  const freeBefore = freePages(db);
  const timed = timedSaves(ids.length, (i) => save(ids[i]!));
  return {
    wrap_up_saves: ids.length,
    wrap_up_p99_ms: timed.p99,
    wrap_up_max_ms: timed.max,
    free_pages_growth_pct: round(((freePages(db) - freeBefore) / pagesBefore) * 100, 3),
  };
}
