import type { Migration } from './migration';

/**
 * The audit log (reveals of personal data, exports), who wrote each timeline event, the per-field
 * clocks sync uses for last-writer-wins, and the conflicts view for the UI.
 */
export const migration007: Migration = {
  version: 7,
  name: 'audit and clocks',
  up(db) {
    db.exec(`
      CREATE TABLE audit_log (
        id TEXT PRIMARY KEY,
        at INTEGER NOT NULL,
        actor_id TEXT,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        field TEXT,
        reason TEXT,
        data TEXT NOT NULL DEFAULT '{}'
      );
      CREATE INDEX audit_by_entity ON audit_log(entity, entity_id, at);
      CREATE INDEX audit_by_time ON audit_log(at);

      ALTER TABLE timeline_events ADD COLUMN actor_id TEXT;

      CREATE TABLE field_clocks (
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        field TEXT NOT NULL,
        hlc TEXT NOT NULL,
        PRIMARY KEY (entity, entity_id, field)
      ) WITHOUT ROWID;

      CREATE VIEW conflicts AS
        SELECT id, case_id, at, data FROM timeline_events WHERE kind = 'conflict';
    `);
  },
};
