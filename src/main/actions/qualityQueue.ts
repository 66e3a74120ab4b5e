import { v7 as uuidv7 } from 'uuid';
import { summariseQuality } from '../../shared/domain/quality/report';
import { DEFAULT_SAMPLE_PER_AGENT, sampleCalls, weekOf, weekStart } from '../../shared/domain/quality/sampling';
import type { Scorecard } from '../../shared/domain/quality/scorecard';
import { AppError } from '../../shared/result';
import type { QualityQueue, QualityReport } from '../../shared/schemas/quality';
import type { LeadScope } from '../reports/reportAccess';
import type { WriteContext } from '../store/actor';
import { callsForSampling } from '../store/calls/callQualityReads';
import type { ReadableDB, WritableDB } from '../store/db';
import { evaluationsInPeriod, evaluationsOfCalls } from '../store/quality/evaluationRows';
import { actionsInScope } from '../store/quality/improvementActions';
import { highestScorecardVersion, insertScorecard } from '../store/quality/scorecardRows';
import { appendMutation } from '../store/sync/outbox';

const WEEK_MS = 7 * 86_400_000;

const scopeOf = (scope: LeadScope) => (scope.role === 'admin' ? { teamId: null, branchId: null } : { teamId: scope.teamId, branchId: scope.teamId === null ? scope.branchId : null });

/**
 * The lead's queue for the week containing `at`: the seeded random draw per agent (the seed is the
 * team — or branch — so every lead of it sees the same draw), every complaint and every low survey,
 * each with the evaluation made so far.
 */
export function qualityQueue(db: ReadableDB, scope: LeadScope, at: number, perAgent = DEFAULT_SAMPLE_PER_AGENT): QualityQueue {
  const start = weekStart(weekOf(at));
  const calls = callsForSampling(db, start, start + WEEK_MS, scopeOf(scope));
  const sampled = sampleCalls(calls, `quality|${scope.teamId ?? scope.branchId ?? 'all'}`, perAgent);
  const done = evaluationsOfCalls(db, sampled.map((s) => s.callId));
  const byId = new Map(calls.map((c) => [c.callId, c]));
  return {
    weekStart: start,
    items: sampled.map((s) => {
      const call = byId.get(s.callId)!;
      const evaluation = done.get(s.callId);
      return { ...call, reasons: s.reasons, evaluationId: evaluation?.id ?? null, score: evaluation?.score ?? null };
    }),
  };
}

/** Scores per agent and for the team over [from, to), the most missed criteria, and the improvement actions open or done in the period. */
export function qualityReport(db: ReadableDB, scope: LeadScope, from: number, to: number): QualityReport {
  const evaluations = evaluationsInPeriod(db, from, to, scopeOf(scope)).filter((e) => e.agentId !== null);
  const summary = summariseQuality(evaluations.map((e) => ({ agentId: e.agentId!, agentName: e.agentName, score: e.score, marks: e.marks })));
  return { ...summary, from, to, actions: actionsInScope(db, scopeOf(scope), from) };
}

/** A lead or admin saves a new scorecard version, effective from a time not in the past (never rewriting scores already made). */
export function saveScorecard(db: WritableDB, scope: LeadScope, input: { effectiveFrom: number; criteria: Scorecard['criteria'] }, ctx: WriteContext): Scorecard {
  if (input.effectiveFrom < ctx.now) throw new AppError('validation', 'a scorecard version takes effect now or later', [{ path: 'effectiveFrom', key: 'inPast' }]);
  return db.transaction(() => {
    const card: Scorecard = { id: uuidv7(), version: highestScorecardVersion(db) + 1, effectiveFrom: input.effectiveFrom, criteria: input.criteria };
    insertScorecard(db, card, scope.agentId, ctx.now);
    appendMutation(db, 'quality.saveScorecard', { id: card.id, version: card.version }, ctx.now);
    return card;
  })();
}
