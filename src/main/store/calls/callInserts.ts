import type { ParsedWrapUp } from '../../../shared/schemas/caseActions';
import { statement, type WritableDB } from '../db';

/** Inserts one finished call with its stage times. */
export function insertCall(db: WritableDB, callId: string, caseId: string, agentId: string | null, call: ParsedWrapUp['call']): void {
  statement(
    db,
    `INSERT INTO calls (id, case_id, agent_id, channel, started_at, ended_at, talk_seconds, acw_seconds, disposition, stages, history, verification)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    callId,
    caseId,
    agentId,
    call.channel,
    call.startedAt,
    call.endedAt,
    call.talkSeconds,
    call.acwSeconds,
    call.disposition,
    JSON.stringify(call.stages),
    JSON.stringify(call.history),
    call.verification === null ? null : JSON.stringify(call.verification),
  );
}
