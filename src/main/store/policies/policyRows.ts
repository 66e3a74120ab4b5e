import { parsePolicyBody, policyKinds, type PolicyKind, type PolicyRecord } from '../../../shared/domain/policies/policyRecords';
import { statement, type ReadableDB, type WritableDB } from '../db';

/** The only SQL for `policies` (migrations 031, 038): published policy versions, never changed once written. */

interface PolicyRow {
  id: string;
  kind: string;
  version: number;
  effective_from: number;
  body: string;
  note: string;
  author_id: string | null;
  author_name: string | null;
  team_id: string | null;
  team_name: string | null;
  created_at: number;
}

export function insertPolicyRow(db: WritableDB, record: PolicyRecord): void {
  statement(db, 'INSERT INTO policies (id, kind, version, effective_from, body, note, author_id, team_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    record.id,
    record.kind,
    record.version,
    record.effectiveFrom,
    JSON.stringify(record.body),
    record.note,
    record.authorId,
    record.teamId,
    record.createdAt,
  );
}

/**
 * Every published version this desktop knows of a kind this build understands, oldest effective
 * first. A row whose body does not parse (made by a newer build) is left out rather than applied
 * half-understood: the desktop keeps the rules it has.
 */
export function policyRecords(db: ReadableDB): PolicyRecord[] {
  const rows = statement(
    db,
    `SELECT p.*, a.name AS author_name, t.name AS team_name FROM policies p LEFT JOIN agents a ON a.id = p.author_id LEFT JOIN teams t ON t.id = p.team_id
     ORDER BY p.effective_from, p.version, p.created_at`,
  ).all() as PolicyRow[];
  const records: PolicyRecord[] = [];
  for (const row of rows) {
    if (!(policyKinds as readonly string[]).includes(row.kind)) continue;
    const kind = row.kind as PolicyKind;
    let body: unknown;
    try {
      body = JSON.parse(row.body);
    } catch {
      continue;
    }
    const parsed = parsePolicyBody(kind, body);
    if (!parsed.success) continue;
    records.push({ id: row.id, kind, version: row.version, effectiveFrom: row.effective_from, body: parsed.data, teamId: row.team_id, teamName: row.team_name, authorId: row.author_id, authorName: row.author_name, createdAt: row.created_at, note: row.note } as PolicyRecord);
  }
  return records;
}
