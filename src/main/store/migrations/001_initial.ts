import type { Database } from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { encodeHlc } from '../../../shared/domain/hlc';
import type { Migration } from './migration';

/** Customers, cases, their timeline, the daily case-number sequence, and the sync outbox. */
export const migration001: Migration = {
  version: 1,
  name: 'initial',
  up(db: Database) {
    db.exec(`
      CREATE TABLE customers (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        phone TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX customers_by_phone ON customers(phone);

      CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        customer_id TEXT NOT NULL REFERENCES customers(id),
        channel TEXT NOT NULL CHECK (channel IN ('phone', 'chat', 'email', 'walkIn')),
        status TEXT NOT NULL DEFAULT 'new',
        subject TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX cases_by_update ON cases(updated_at DESC, id DESC);

      CREATE TABLE timeline_events (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        kind TEXT NOT NULL,
        at INTEGER NOT NULL,
        data TEXT NOT NULL DEFAULT '{}'
      );
      CREATE INDEX timeline_by_case ON timeline_events(case_id, at);

      CREATE TABLE case_number_seq (
        day TEXT PRIMARY KEY,
        last INTEGER NOT NULL
      );

      CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        mutation_id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        args TEXT NOT NULL,
        hlc TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'rejected')),
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT
      );

      CREATE TABLE sync_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        client_id TEXT NOT NULL,
        last_acked_seq INTEGER NOT NULL DEFAULT 0,
        pull_cursor TEXT,
        hlc TEXT NOT NULL
      );
    `);
    const clientId = uuidv7();
    db.prepare('INSERT INTO sync_state (id, client_id, hlc) VALUES (1, ?, ?)').run(clientId, encodeHlc({ wall: 0, counter: 0, clientId }));
  },
};
