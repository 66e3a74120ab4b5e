import BetterSqlite3 from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../../src/main/store/migrations';
import { openDatabase } from '../../../src/main/store/openDatabase';
import { AppError } from '../../../src/shared/result';
import { makeTempDir } from '../../support/tempDir';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

describe('migration 001: initial schema', () => {
  it('creates the case store tables, a client id and an initial clock in a new file', () => {
    const db = openDatabase(join(temp.dir, 'nested', 'store.db'));
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['customers', 'cases', 'timeline_events', 'case_number_seq', 'outbox', 'sync_state']));
    const state = db.prepare('SELECT client_id, last_acked_seq, hlc FROM sync_state').all() as { client_id: string; last_acked_seq: number; hlc: string }[];
    expect(state).toHaveLength(1);
    expect(state[0]!.client_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(state[0]!.hlc).toMatch(new RegExp(`^0{15}-0{5}-${state[0]!.client_id}$`));
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('keeps the same client id and data when the file is opened again', () => {
    const path = join(temp.dir, 'store.db');
    const first = openDatabase(path);
    const clientId = (first.prepare('SELECT client_id FROM sync_state').get() as { client_id: string }).client_id;
    first.close();
    const again = openDatabase(path);
    expect((again.prepare('SELECT client_id FROM sync_state').get() as { client_id: string }).client_id).toBe(clientId);
    again.close();
  });

  it('refuses a case store written by a newer AgentDesk and leaves it untouched', () => {
    const path = join(temp.dir, 'store.db');
    const raw = new BetterSqlite3(path);
    raw.exec('CREATE TABLE future (x)');
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.close();
    expect(() => openDatabase(path)).toThrow(AppError);
    expect(() => openDatabase(path)).toThrow(/newer AgentDesk/);
    const check = new BetterSqlite3(path);
    expect(check.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 5);
    expect(check.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'cases'").get()).toEqual({ n: 0 });
    check.close();
  });

  it('reports a file that is not a database as a storage error', () => {
    const path = join(temp.dir, 'store.db');
    writeFileSync(path, 'this is not a database, just text '.repeat(200));
    expect(() => openDatabase(path)).toThrow(expect.objectContaining({ code: 'storage' }));
  });
});
