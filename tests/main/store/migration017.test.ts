import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../src/main/store/openDatabase';
import { databaseAt, tablesOf } from '../../support/migrationHarness';

describe('migration 017: server trust', () => {
  it('adds pinned keys per server URL and offline sign-in checks, starting each saved login from its last sign-in', () => {
    const db = databaseAt(16);
    db.prepare("INSERT INTO local_logins (number, agent, password_hash, last_login_at) VALUES ('1001', '{}', 'scrypt$x', 1234)").run();
    applyMigrations(db, 17);
    expect(tablesOf(db)).toEqual(expect.arrayContaining(['pinned_server_keys', 'offline_login_checks']));
    expect(db.prepare('SELECT number, last_online_at, revoked FROM offline_login_checks').all()).toEqual([{ number: '1001', last_online_at: 1234, revoked: null }]);
    expect(() => db.prepare("UPDATE offline_login_checks SET revoked = 'whatever'").run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO pinned_server_keys (server_url, kid, jwk, pinned_at) VALUES ('https://sync.example/', 'k1', '{}', 1)").run();
    expect(() => db.prepare("INSERT INTO pinned_server_keys (server_url, kid, jwk, pinned_at) VALUES ('https://sync.example/', 'k2', '{}', 2)").run()).toThrow(/UNIQUE/);
  });
});
