import type { Scenario } from '../../schemas/domainTerms';

/**
 * The lead's queue of calls to evaluate: a few calls per agent per week drawn at random — the
 * draw is seeded, so the same seed, week and calls give the same queue on every desktop — plus
 * every complaint and every call whose survey scored low.
 */
export const LOW_SURVEY_SCORE = 2;
export const DEFAULT_SAMPLE_PER_AGENT = 2;
const DAY_MS = 86_400_000;
/** Weeks run Monday to Sunday in the floor's time zone (China Standard Time, UTC+8). */
const ZONE_OFFSET_MS = 8 * 3_600_000;
/** 1970-01-01 was a Thursday: shift so that week numbers change on Monday. */
const MONDAY_SHIFT_MS = 3 * DAY_MS;

export interface SampleCandidate {
  callId: string;
  agentId: string | null;
  startedAt: number;
  scenario: Scenario;
  surveyScore: number | null;
}

export type SampleReason = 'random' | 'complaint' | 'lowSurvey';

export interface SampledCall extends SampleCandidate {
  reasons: SampleReason[];
}

/** The week a time falls in, as a number (weeks since 1970, Monday-based, UTC+8). */
export const weekOf = (at: number): number => Math.floor((at + ZONE_OFFSET_MS + MONDAY_SHIFT_MS) / (7 * DAY_MS));

/** When a week begins (Monday 00:00 UTC+8). */
export const weekStart = (week: number): number => week * 7 * DAY_MS - ZONE_OFFSET_MS - MONDAY_SHIFT_MS;

/** FNV-1a, 32 bits: a stable hash for the seeded draw (not for security). */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * The sample of the candidate calls: per agent and week the `perAgent` calls that come first in
 * the seeded order, then every complaint and every low survey (≤ 2). Each call once, with all its
 * reasons; ordered oldest first.
 */
export function sampleCalls(candidates: readonly SampleCandidate[], seed: string, perAgent = DEFAULT_SAMPLE_PER_AGENT): SampledCall[] {
  const reasons = new Map<string, Set<SampleReason>>();
  const add = (callId: string, reason: SampleReason) => {
    const set = reasons.get(callId) ?? new Set<SampleReason>();
    set.add(reason);
    reasons.set(callId, set);
  };
  const groups = new Map<string, SampleCandidate[]>();
  for (const c of candidates) {
    const key = `${c.agentId ?? '-'}|${weekOf(c.startedAt)}`;
    const group = groups.get(key) ?? [];
    group.push(c);
    groups.set(key, group);
    if (c.scenario === 'complaint') add(c.callId, 'complaint');
    if (c.surveyScore !== null && c.surveyScore <= LOW_SURVEY_SCORE) add(c.callId, 'lowSurvey');
  }
  for (const [key, group] of groups) {
    const order = group.map((c) => ({ c, rank: stableHash(`${seed}|${key}|${c.callId}`) })).sort((a, b) => a.rank - b.rank || (a.c.callId < b.c.callId ? -1 : 1));
    for (const { c } of order.slice(0, Math.max(0, perAgent))) add(c.callId, 'random');
  }
  const order: SampleReason[] = ['complaint', 'lowSurvey', 'random'];
  return candidates
    .filter((c) => reasons.has(c.callId))
    .map((c) => ({ ...c, reasons: order.filter((r) => reasons.get(c.callId)!.has(r)) }))
    .sort((a, b) => a.startedAt - b.startedAt || (a.callId < b.callId ? -1 : 1));
}
