import { createCaptureTriggers } from '../sync/syncCapture';
import type { Migration } from './migration';

/**
 * A policy version may apply to one team (issue 18: leads edit scripts, phrases and stage gates
 * for their own team): `team_id` names it, NULL applies to every team (every version published
 * before). No foreign key: a version of another branch's team arrives by sync before — or without —
 * that team's row, and only the team of the agent signed in here decides what applies. The capture
 * triggers of `policies` are made again so that a published row carries its team.
 */
export const migration038: Migration = {
  version: 38,
  name: 'team policies',
  up(db) {
    db.exec(`
      ALTER TABLE policies ADD COLUMN team_id TEXT;
      DROP TRIGGER sync_capture_policies_insert;
      DROP TRIGGER sync_capture_policies_update;
    `);
    createCaptureTriggers(db, 'policies', ['id']);
  },
};
