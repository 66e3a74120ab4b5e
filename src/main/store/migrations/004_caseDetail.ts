import type { Migration } from './migration';

/**
 * Everything a case carries: scenario and category, priority and complaint severity, product and
 * order, who owns it, its SLA due times, resolution and satisfaction; plus the list indexes.
 */
export const migration004: Migration = {
  version: 4,
  name: 'case detail',
  up(db) {
    db.exec(`
      ALTER TABLE cases ADD COLUMN scenario TEXT NOT NULL DEFAULT 'consultation';
      ALTER TABLE cases ADD COLUMN category TEXT;
      ALTER TABLE cases ADD COLUMN priority TEXT NOT NULL DEFAULT 'normal';
      ALTER TABLE cases ADD COLUMN severity TEXT;
      ALTER TABLE cases ADD COLUMN description TEXT NOT NULL DEFAULT '';
      ALTER TABLE cases ADD COLUMN product TEXT;
      ALTER TABLE cases ADD COLUMN order_no TEXT;
      ALTER TABLE cases ADD COLUMN assignee_id TEXT;
      ALTER TABLE cases ADD COLUMN team_id TEXT;
      ALTER TABLE cases ADD COLUMN branch_id TEXT;
      ALTER TABLE cases ADD COLUMN response_due_at INTEGER;
      ALTER TABLE cases ADD COLUMN resolution_due_at INTEGER;
      ALTER TABLE cases ADD COLUMN first_response_at INTEGER;
      ALTER TABLE cases ADD COLUMN resolved_at INTEGER;
      ALTER TABLE cases ADD COLUMN resolution TEXT;
      ALTER TABLE cases ADD COLUMN satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5);
      ALTER TABLE cases ADD COLUMN reopen_count INTEGER NOT NULL DEFAULT 0;

      CREATE INDEX cases_by_status ON cases(status, updated_at DESC, id DESC);
      CREATE INDEX cases_by_assignee ON cases(assignee_id, status, updated_at DESC, id DESC);
      CREATE INDEX cases_by_customer ON cases(customer_id, updated_at DESC);
      CREATE INDEX cases_by_order ON cases(order_no) WHERE order_no IS NOT NULL;
      CREATE INDEX cases_by_resolution_due ON cases(resolution_due_at) WHERE resolved_at IS NULL;
    `);
  },
};
