import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { WritableDB } from '../../../src/main/store/db';
import { openDatabase } from '../../../src/main/store/openDatabase';
import { pullCursorOf } from '../../../src/main/store/sync/syncState';
import { loadFirstSnapshot } from '../../../src/main/sync/snapshotSync';
import type { SyncTransport } from '../../../src/main/sync/syncTransport';
import { makeTempDir } from '../../support/tempDir';

/**
 * A first-sync snapshot (sync/snapshotSync.ts) from a server that sends what it should not: the
 * desktop loads nothing of it — the store untouched, the ordinary pull takes over and sets such
 * rows aside one by one — and what it loads gives absent fields their column defaults.
 */
const SERVER_ID = '0192ac96-8a80-7e66-b62b-0cd900000001';
const header = JSON.stringify({ snapshot: 1, cursor: 7, cursorMark: 'm7', serverId: SERVER_ID, lastSeq: 0 });
const end = (rows: number) => JSON.stringify({ end: true, rows });
const customer = (id: string, fields: Record<string, unknown> = {}) => ({
  t: 'customers',
  k: id,
  f: { id, name: '王秀英', phone: '13812345678', created_at: 1, updated_at: 2, ...fields },
});

const temp = makeTempDir('agentdesk-snapshot-checks-');
let db: WritableDB | null = null;
afterEach(() => {
  db?.close();
  db = null;
});
afterAll(() => temp.cleanup());

/** Loads `text` (the snapshot body) into a new store, its lines as the HTTP transport hands them over. */
async function load(text: string): Promise<boolean> {
  db = openDatabase(join(temp.dir, `store-${Math.random().toString(36).slice(2)}.db`));
  const lines = (async function* () {
    yield* text.split('\n');
  })();
  const transport = { snapshot: async () => lines } as unknown as SyncTransport;
  return loadFirstSnapshot(db, transport, () => 1_000);
}

const body = (...lines: string[]) => `${lines.join('\n')}\n`;
const count = (table: string) => db!.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

describe('a first-sync snapshot checked before it is loaded', () => {
  it('loads its rows, giving absent fields their column default', async () => {
    const rows = [customer('c1'), customer('c2', { name: 'Julia Martin', salutation: '女士', tags: '["vip"]' })];
    expect(await load(body(header, JSON.stringify(rows), end(2)))).toBe(true);
    expect(db!.prepare('SELECT id, name, phone, salutation, tags, created_at FROM customers ORDER BY id').all()).toEqual([
      { id: 'c1', name: '王秀英', phone: '13812345678', salutation: null, tags: '[]', created_at: 1 },
      { id: 'c2', name: 'Julia Martin', phone: '13812345678', salutation: '女士', tags: '["vip"]', created_at: 1 },
    ]);
    expect(pullCursorOf(db!)).toBe(7);
  });

  it('skips rows of a table this desktop does not know (a newer server), as the pull does', async () => {
    const rows = [customer('c1'), { t: 'holograms', k: 'h1', f: { id: 'h1' } }];
    expect(await load(body(header, JSON.stringify(rows), end(2)))).toBe(true);
    expect(count('customers')).toBe(1);
  });

  const refused: [string, string][] = [
    ['a field that is an object', body(header, JSON.stringify([customer('c1'), customer('c2', { address: { city: '上海' } })]), end(2))],
    ['a field that is an array', body(header, JSON.stringify([customer('c1', { tags: ['vip'] })]), end(1))],
    ['a field that is true or false', body(header, JSON.stringify([customer('c1', { birthday: true })]), end(1))],
    ['a row without its key', body(header, JSON.stringify([{ t: 'customers', f: customer('c1').f }]), end(1))],
    ['a row whose table is a number', body(header, JSON.stringify([{ ...customer('c1'), t: 7 }]), end(1))],
    ['a row whose fields are not an object', body(header, JSON.stringify([{ t: 'customers', k: 'c1', f: 'c1' }]), end(1))],
    ['a page that is not JSON', body(header, `[${JSON.stringify(customer('c1'))},{"t":`, end(1))],
    ['a number JSON cannot express (Infinity)', body(header, JSON.stringify([customer('c1')]).replace('"created_at":1', '"created_at":Infinity'), end(1))],
    ['an end line counting other rows', body(header, JSON.stringify([customer('c1')]), end(2))],
    ['no end line (cut off)', body(header, JSON.stringify([customer('c1')]))],
    ['no header', body(JSON.stringify([customer('c1')]), end(1))],
  ];
  it.each(refused)('loads nothing from a snapshot with %s: the store is untouched and the pull takes over', async (_what, text) => {
    expect(await load(text)).toBe(false);
    expect(count('customers')).toBe(0);
    expect(pullCursorOf(db!)).toBe(0);
  });
});
