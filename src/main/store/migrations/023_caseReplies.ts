import { createCaptureTriggers } from '../sync/syncCapture';
import type { Migration } from './migration';

/**
 * Replies sent on chat and email cases, recorded as sent by the agent (the desktop does not send
 * mail or run chat itself): the text, when it was sent, who sent it, and for a future connector
 * the id its tool gave the message. Append-only and synced like the timeline (capture triggers).
 */
export const migration023: Migration = {
  version: 23,
  name: 'case replies',
  up(db) {
    db.exec(`
      CREATE TABLE case_replies (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        channel TEXT NOT NULL CHECK (channel IN ('chat', 'email')),
        body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
        sent_at INTEGER NOT NULL,
        agent_id TEXT,
        template_id TEXT,
        external_id TEXT,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX case_replies_by_case ON case_replies(case_id, sent_at);
    `);
    createCaptureTriggers(db, 'case_replies', ['id']);
  },
};
