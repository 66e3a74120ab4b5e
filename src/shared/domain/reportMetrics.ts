/**
 * The rules behind the team lead's shift-report metrics, one function per judgement, so the store
 * (which applies them to every row of a report) and the tests share one definition. The README's
 * "Team lead reports" section states them in words.
 */

export type SlaOutcome = 'met' | 'breached' | 'pending';

/**
 * One SLA clock of one case, judged at `asOf`: met when `metAt` is at or before the due time;
 * breached when met late, or still unmet once `asOf` is past the due time (as sla.ts `breachesOf`
 * says); pending while unmet and not yet due. null: the case has no target for this clock.
 */
export function slaOutcome(dueAt: number | null, metAt: number | null, asOf: number): SlaOutcome | null {
  if (dueAt === null) return null;
  if (metAt !== null) return metAt <= dueAt ? 'met' : 'breached';
  return asOf > dueAt ? 'breached' : 'pending';
}

/** How late a breached clock is, in whole seconds: until it was met, or until `asOf` while unmet. */
export function lateSeconds(dueAt: number, metAt: number | null, asOf: number): number {
  return Math.max(0, Math.round(((metAt ?? asOf) - dueAt) / 1000));
}

export interface FcrFacts {
  resolvedAt: number | null;
  reopenCount: number;
  /** The case was ever escalated or transferred. */
  collaborated: boolean;
  /** End of the case's first contact (its first call's talk plus after-call work); null without any call. */
  firstContactEndAt: number | null;
}

/**
 * First-contact resolution. null: the case does not count (not resolved, or no contact recorded);
 * true: resolved by the end of its first contact's wrap-up, never escalated, transferred or
 * reopened; false otherwise.
 */
export function firstContactResolved(facts: FcrFacts): boolean | null {
  if (facts.resolvedAt === null || facts.firstContactEndAt === null) return null;
  return facts.reopenCount === 0 && !facts.collaborated && facts.resolvedAt <= facts.firstContactEndAt;
}

/** part / whole, or null when there is nothing to divide by. */
export function rateOf(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** Average handle time in seconds: (talk + after-call work) / calls; null without calls. */
export function averageHandleSeconds(calls: number, talkSeconds: number, acwSeconds: number): number | null {
  return calls > 0 ? (talkSeconds + acwSeconds) / calls : null;
}

/** Mean of 1–5 scores given as counts per score (index 0 = score 1); null without any. */
export function averageScore(countsByScore: readonly number[]): number | null {
  let n = 0;
  let sum = 0;
  countsByScore.forEach((count, i) => {
    n += count;
    sum += count * (i + 1);
  });
  return n > 0 ? sum / n : null;
}
