import type { QualityMark, Scorecard } from './scorecard';

/** One criterion as the lead left it: the mark, what the evidence suggested, and why it differs. */
export interface CriterionMark {
  criterionId: string;
  mark: QualityMark;
  /** The pre-filled mark (null: not pre-filled). */
  prefilled: QualityMark | null;
  /** Required when `mark` differs from `prefilled`. */
  overrideReason: string;
  note: string;
}

/** Points a mark earns out of 1. */
export const markPoints: Record<Exclude<QualityMark, 'na'>, number> = { met: 1, partial: 0.5, missed: 0 };

/**
 * The call's score out of 100, one decimal: each applicable criterion's points times its weight,
 * over the weights of the criteria that apply. Criteria marked N/A (or not marked) are left out of
 * both sides; null when none applies.
 */
export function scoreOf(card: Scorecard, marks: readonly CriterionMark[]): number | null {
  const byId = new Map(marks.map((m) => [m.criterionId, m.mark]));
  let earned = 0;
  let possible = 0;
  for (const criterion of card.criteria) {
    const mark = byId.get(criterion.id);
    if (mark === undefined || mark === 'na') continue;
    earned += criterion.weight * markPoints[mark];
    possible += criterion.weight;
  }
  if (possible === 0) return null;
  return Math.round((earned / possible) * 1000) / 10;
}

/** Criteria whose mark differs from the evidence's without a reason: the lead must say why. */
export function overridesWithoutReason(marks: readonly CriterionMark[]): string[] {
  return marks.filter((m) => m.prefilled !== null && m.mark !== m.prefilled && m.overrideReason.trim() === '').map((m) => m.criterionId);
}

/** Criteria of the card that have no mark yet. */
export function unmarkedCriteria(card: Scorecard, marks: readonly CriterionMark[]): string[] {
  const marked = new Set(marks.map((m) => m.criterionId));
  return card.criteria.filter((c) => !marked.has(c.id)).map((c) => c.id);
}
