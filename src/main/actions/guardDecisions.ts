import { keptInText, unresolvedFindings, type GuardedText, type GuardKept, type GuardRule } from '../../shared/domain/phraseGuard';
import { AppError } from '../../shared/result';
import type { WriteContext } from '../store/actor';
import { addEvent } from '../store/cases/timeline';
import type { WritableDB } from '../store/db';

/**
 * Refuses customer-facing text that still holds a flagged phrase the agent neither replaced nor
 * kept as written with a reason; nothing is stored. The issue names each field. `rules`: the
 * phrase list in force (rulesInForce.ts).
 */
export function assertGuardResolved(fields: readonly GuardedText[], kept: readonly GuardKept[], rules: readonly GuardRule[]): void {
  const open = unresolvedFindings(fields, kept, rules);
  if (open.length === 0) return;
  const paths = [...new Set(open.map((o) => o.field))];
  throw new AppError(
    'validation',
    `flagged phrases must be replaced or kept as written with a reason: ${open.map((o) => `${o.field} "${o.finding.phrase}"`).join(', ')}`,
    paths.map((path) => ({ path, key: 'guardUnresolved' })),
  );
}

/**
 * One `phraseKept` timeline event per flagged phrase kept as written (field, phrase, category,
 * the agent's reason and the clause it stands in), for quality review. Call it inside the
 * caller's transaction, before the outbox mutation that carries the rows. Returns how many.
 */
export function recordKeptPhrases(db: WritableDB, caseId: string, fields: readonly GuardedText[], kept: readonly GuardKept[], rules: readonly GuardRule[], ctx: WriteContext, link: Record<string, string> = {}): number {
  const decisions = keptInText(fields, kept, rules);
  for (const d of decisions) {
    addEvent(db, {
      caseId,
      kind: 'phraseKept',
      at: ctx.now,
      actorId: ctx.actor.agentId,
      data: { ...link, field: d.field, phrase: d.phrase, ruleId: d.ruleId, category: d.category, reason: d.reason, excerpt: d.excerpt },
    });
  }
  return decisions.length;
}
