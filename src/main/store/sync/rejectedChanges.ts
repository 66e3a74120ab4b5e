import type { RejectedChange } from '../../../shared/schemas/sync';
import { statement, type ReadableDB } from '../db';

/** Changes the server refused, newest first, with the case each was about. */
export function listRejectedChanges(db: ReadableDB): RejectedChange[] {
  const rows = statement(db, "SELECT seq, name, args, last_error FROM outbox WHERE state = 'rejected' ORDER BY seq DESC LIMIT 200").all() as {
    seq: number;
    name: string;
    args: string;
    last_error: string | null;
  }[];
  return rows.map((row) => {
    const args = JSON.parse(row.args) as Record<string, unknown>;
    const caseId = typeof args['caseId'] === 'string' ? args['caseId'] : null;
    return { seq: row.seq, name: row.name, reason: row.last_error ?? '', caseId };
  });
}
