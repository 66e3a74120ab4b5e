import type { CaseCall } from '../../../shared/schemas/caseDetail';
import type { Customer360 } from '../../../shared/schemas/workspace';
import { statement, type ReadableDB } from '../db';

/** Linked rows shown on the case; a case with more is unusual and the newest ones matter. */
const LINKED_LIMIT = 200;

/** The calls made on a case, newest first, with the agent's name. */
export function callsOfCase(db: ReadableDB, caseId: string): CaseCall[] {
  return statement(
    db,
    `SELECT k.id, k.channel, a.name AS agentName, k.started_at AS startedAt, k.ended_at AS endedAt, k.talk_seconds AS talkSeconds, k.acw_seconds AS acwSeconds, k.disposition,
       json_extract(k.verification, '$.method') AS verification
     FROM calls k LEFT JOIN agents a ON a.id = k.agent_id WHERE k.case_id = ? ORDER BY k.started_at DESC, k.id DESC LIMIT ?`,
  ).all(caseId, LINKED_LIMIT) as CaseCall[];
}

/** The calls on all of a customer's cases, newest first (at most 200). */
export function callsOfCustomer(db: ReadableDB, customerId: string): Customer360['calls'] {
  return statement(
    db,
    `SELECT k.id, k.case_id AS caseId, k.channel, k.started_at AS startedAt, k.talk_seconds AS talkSeconds, k.disposition
     FROM calls k JOIN cases c ON c.id = k.case_id WHERE c.customer_id = ? ORDER BY k.started_at DESC LIMIT 200`,
  ).all(customerId) as Customer360['calls'];
}
