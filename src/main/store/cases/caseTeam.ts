import { statement, type ReadableDB } from '../db';

/**
 * The team a case belongs to (the team of the agent it was assigned to when opened), or null when
 * it has none or there is no such case: the team whose view an admin sees after deciding an
 * approval on that case.
 */
export function caseTeamId(db: ReadableDB, caseId: string): string | null {
  const row = statement(db, 'SELECT team_id FROM cases WHERE id = ?').get(caseId) as { team_id: string | null } | undefined;
  return row?.team_id ?? null;
}
