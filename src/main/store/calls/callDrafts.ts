import { callDraftSchema, type CallDraft } from '../../../shared/schemas/callDraft';
import { statement, type ReadableDB, type WritableDB } from '../db';

/**
 * Saves the call in progress (insert or replace): called on every change the agent makes. The
 * agent who started the call stays its agent (the team lead's live view shows who is on a call).
 */
export function saveCallDraft(db: WritableDB, draft: CallDraft, agentId: string | null = null): void {
  statement(
    db,
    `INSERT INTO call_drafts (id, case_id, data, started_at, updated_at, agent_id) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET case_id = excluded.case_id, data = excluded.data, updated_at = excluded.updated_at, agent_id = COALESCE(call_drafts.agent_id, excluded.agent_id)`,
  ).run(draft.id, draft.caseId, JSON.stringify(draft), draft.startedAt, draft.updatedAt, agentId);
}

/**
 * The unfinished call to resume after a restart, newest first. A draft that no longer parses
 * (written by another version) is skipped rather than crashing the call screen; it stays stored.
 */
export function openCallDraft(db: ReadableDB): CallDraft | null {
  for (const row of statement(db, 'SELECT data FROM call_drafts ORDER BY updated_at DESC LIMIT 5').all() as { data: string }[]) {
    const parsed = callDraftSchema.safeParse(JSON.parse(row.data));
    if (parsed.success) return parsed.data;
  }
  return null;
}

/** Drops an unfinished call the agent chose to abandon; false if there was none. */
export function discardCallDraft(db: WritableDB, id: string): boolean {
  return statement(db, 'DELETE FROM call_drafts WHERE id = ?').run(id).changes > 0;
}
