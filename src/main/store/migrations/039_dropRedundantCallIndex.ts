import type { Migration } from './migration';

/**
 * `calls_by_case (case_id, started_at)` is the first two columns of `calls_first_contact`
 * (migration 015), which answers every query it answered: one index less to write on each call
 * saved, and its pages gone from the store (issue 19: the size per table and index).
 */
export const migration039: Migration = {
  version: 39,
  name: 'drop redundant call index',
  up(db) {
    db.exec('DROP INDEX IF EXISTS calls_by_case');
  },
};
