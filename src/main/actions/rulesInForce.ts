import type { BusinessCalendar } from '../../shared/domain/businessCalendar';
import type { CallRules } from '../../shared/domain/callFlow';
import type { GuardRule } from '../../shared/domain/phraseGuard';
import { dispositionAccepted } from '../../shared/domain/policies/dispositionsInForce';
import { policyInForce, rulesAt, type RulesAt } from '../../shared/domain/policies/policyInForce';
import type { Actor } from '../store/actor';
import type { ReadableDB } from '../store/db';
import { agentPlaceOf } from '../store/organisation/organisationReads';
import { policyRecords } from '../store/policies/policyRows';

/**
 * The SLA targets and business calendar in force at `at` on this desktop (issue 18): what a clock
 * started then runs under. Both are never team-scoped, so every team runs under the same ones.
 */
export function rulesInForceAt(db: ReadableDB, at: number): RulesAt {
  return rulesAt(policyRecords(db), at);
}

/** The business calendar in force at `at` (never team-scoped): its hours, days off and time zone. */
export function calendarInForceAt(db: ReadableDB, at: number): BusinessCalendar {
  return policyInForce(policyRecords(db), 'businessCalendar', at, null).body;
}

/**
 * The team whose versions of team-scoped policies (phrases, scripts, stage gates) apply to what
 * `actor` does on this desktop: their agent row's team, or the sign-in reply's before that row is
 * pulled. Null — nobody signed in, or an agent without a team — sees the global versions only.
 */
export function policyTeamOf(db: ReadableDB, actor: Actor): string | null {
  if (actor.agentId === null) return null;
  const known = agentPlaceOf(db, actor.agentId);
  return known ? known.team_id : (actor.placement?.teamId ?? null);
}

/** The forbidden-phrase rules in force at `at` for `actor`'s team (issue 18): what a save made then is checked against. */
export function guardRulesInForceAt(db: ReadableDB, at: number, actor: Actor): readonly GuardRule[] {
  return policyInForce(policyRecords(db), 'phrases', at, policyTeamOf(db, actor)).body.rules;
}

/** The stage gates (for `actor`'s team) and authority limits (global) in force at `at`: what a call saved then must have passed. */
export function gatesInForceAt(db: ReadableDB, at: number, actor: Actor): CallRules {
  const records = policyRecords(db);
  return { ...policyInForce(records, 'stageGates', at, policyTeamOf(db, actor)).body, ...policyInForce(records, 'authorityLimits', at, null).body };
}

/** Whether a call begun at `startedAt` and saved at `now` may carry this disposition code (dispositionsInForce.ts). */
export function dispositionAcceptedAt(db: ReadableDB, code: string, startedAt: number, now: number): boolean {
  return dispositionAccepted(policyRecords(db), code, [startedAt, now]);
}
