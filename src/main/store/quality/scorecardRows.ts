import { criteriaSchema } from '../../../shared/schemas/quality';
import type { Scorecard } from '../../../shared/domain/quality/scorecard';
import { statement, type ReadableDB, type WritableDB } from '../db';

/** The only SQL for `quality_scorecards` (migration 032): saved scorecard versions. */

export function insertScorecard(db: WritableDB, card: Scorecard, createdBy: string | null, at: number): void {
  statement(db, 'INSERT INTO quality_scorecards (id, version, effective_from, criteria, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    card.id,
    card.version,
    card.effectiveFrom,
    JSON.stringify(card.criteria),
    createdBy,
    at,
  );
}

/** Every saved version whose criteria are readable (a malformed pulled row is skipped), oldest first. */
export function savedScorecards(db: ReadableDB): Scorecard[] {
  const rows = statement(db, 'SELECT id, version, effective_from, criteria FROM quality_scorecards ORDER BY effective_from, version').all() as { id: string; version: number; effective_from: number; criteria: string }[];
  const cards: Scorecard[] = [];
  for (const row of rows) {
    let parsed;
    try {
      parsed = criteriaSchema.safeParse(JSON.parse(row.criteria));
    } catch {
      continue;
    }
    if (parsed.success) cards.push({ id: row.id, version: row.version, effectiveFrom: row.effective_from, criteria: parsed.data });
  }
  return cards;
}

export function highestScorecardVersion(db: ReadableDB): number {
  return (statement(db, 'SELECT max(version) AS v FROM quality_scorecards').get() as { v: number | null }).v ?? 1;
}
