import type { CaseReply } from '../../../shared/schemas/caseReplies';
import { statement, type ReadableDB, type WritableDB } from '../db';

/** The owner of `case_replies`: chat and email replies recorded as sent. */

export interface NewReply {
  id: string;
  caseId: string;
  channel: 'chat' | 'email';
  body: string;
  sentAt: number;
  agentId: string | null;
  templateId: string | null;
  now: number;
}

/** Records one reply; a reply with this id already there is left as it is (false). */
export function insertReply(db: WritableDB, reply: NewReply): boolean {
  return (
    statement(
      db,
      `INSERT INTO case_replies (id, case_id, channel, body, sent_at, agent_id, template_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO NOTHING`,
    ).run(reply.id, reply.caseId, reply.channel, reply.body, reply.sentAt, reply.agentId, reply.templateId, reply.now).changes === 1
  );
}

/** When each reply of a case was sent, oldest first (what the response clocks stop at). */
export function replyTimesOf(db: ReadableDB, caseId: string): number[] {
  return (statement(db, 'SELECT sent_at FROM case_replies WHERE case_id = ? ORDER BY sent_at LIMIT 1000').all(caseId) as { sent_at: number }[]).map((r) => r.sent_at);
}

/** A case's replies, oldest first, with the sending agent's name when known. */
export function repliesOf(db: ReadableDB, caseId: string): CaseReply[] {
  return statement(
    db,
    `SELECT r.id, r.channel, r.body, r.sent_at AS sentAt, r.agent_id AS agentId, a.name AS agentName, r.template_id AS templateId
       FROM case_replies r LEFT JOIN agents a ON a.id = r.agent_id WHERE r.case_id = ? ORDER BY r.sent_at, r.id LIMIT 1000`,
  ).all(caseId) as CaseReply[];
}
