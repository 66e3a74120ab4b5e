import type { Database } from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { createCaptureTriggers } from '../sync/syncCapture';
import type { Migration } from './migration';

/** The tables that sync, with their keys, as they were when this migration shipped. */
const capturedTables: readonly [string, readonly string[]][] = [
  ['customers', ['id']],
  ['customer_phones', ['customer_id', 'phone']],
  ['cases', ['id']],
  ['timeline_events', ['id']],
  ['calls', ['id']],
  ['follow_ups', ['id']],
  ['surveys', ['id']],
  ['returns', ['id']],
  ['return_steps', ['id']],
  ['fault_diagnoses', ['id']],
  ['audit_log', ['id']],
  ['kb_articles', ['id']],
  ['kb_article_versions', ['article_id', 'version']],
];

/**
 * Sync: each outbox mutation carries the rows its action wrote (`effects`), captured by triggers
 * (see syncCapture.ts); `sync_state` gains the capture switch and what the status badge shows;
 * the audit log gains the branch that scopes it. A desktop with unsynced work from before this
 * migration sends all its rows once, with its last pending mutation.
 */
export const migration012: Migration = {
  version: 12,
  name: 'sync capture',
  up(db) {
    db.exec(`
      ALTER TABLE outbox ADD COLUMN effects TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE sync_state ADD COLUMN capture INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE sync_state ADD COLUMN last_sync_at INTEGER;
      ALTER TABLE sync_state ADD COLUMN last_error TEXT;
      ALTER TABLE audit_log ADD COLUMN branch_id TEXT;
      CREATE TABLE sync_capture (
        id INTEGER PRIMARY KEY,
        tbl TEXT NOT NULL,
        pk TEXT NOT NULL,
        op TEXT NOT NULL CHECK (op IN ('i', 'u')),
        old TEXT,
        new TEXT NOT NULL
      );
    `);
    for (const [table, pk] of capturedTables) createCaptureTriggers(db, table, pk);

    const pending = db.prepare("SELECT count(*) AS n FROM outbox WHERE state = 'pending'").get() as { n: number };
    if (pending.n > 0) enqueueWholeStore(db);
  },
};

/** Every row of every synced table as insert effects, 200 to a mutation, parents' tables first. */
function enqueueWholeStore(db: Database): void {
  const { hlc } = db.prepare('SELECT hlc FROM sync_state WHERE id = 1').get() as { hlc: string };
  const insert = db.prepare("INSERT INTO outbox (mutation_id, name, args, hlc, effects) VALUES (?, 'sync.upload', '{}', ?, ?)");
  let effects: unknown[] = [];
  const flush = () => {
    if (effects.length > 0) insert.run(uuidv7(), hlc, JSON.stringify(effects));
    effects = [];
  };
  for (const [table, pk] of capturedTables) {
    for (const row of db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[]) {
      effects.push({ t: table, k: pk.length === 1 ? String(row[pk[0]!]) : JSON.stringify(pk.map((c) => row[c])), op: 'i', f: row });
      if (effects.length === 200) flush();
    }
  }
  flush();
}
