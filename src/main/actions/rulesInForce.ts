import type { CallRules } from '../../shared/domain/callFlow';
import type { GuardRule } from '../../shared/domain/phraseGuard';
import { dispositionAccepted } from '../../shared/domain/policies/dispositionsInForce';
import { policyInForce, rulesAt, type RulesAt } from '../../shared/domain/policies/policyInForce';
import type { ReadableDB } from '../store/db';
import { policyRecords } from '../store/policies/policyRows';

/** The SLA targets and business calendar in force at `at` on this desktop (issue 18): what a clock started then runs under. */
export function rulesInForceAt(db: ReadableDB, at: number): RulesAt {
  return rulesAt(policyRecords(db), at);
}

/** The forbidden-phrase rules in force at `at` (issue 18): what a save made then is checked against. */
export function guardRulesInForceAt(db: ReadableDB, at: number): readonly GuardRule[] {
  return policyInForce(policyRecords(db), 'phrases', at).body.rules;
}

/** The stage gates and authority limits in force at `at`: what a call saved then must have passed. */
export function gatesInForceAt(db: ReadableDB, at: number): CallRules {
  const records = policyRecords(db);
  return { ...policyInForce(records, 'stageGates', at).body, ...policyInForce(records, 'authorityLimits', at).body };
}

/** Whether a call begun at `startedAt` and saved at `now` may carry this disposition code (dispositionsInForce.ts). */
export function dispositionAcceptedAt(db: ReadableDB, code: string, startedAt: number, now: number): boolean {
  return dispositionAccepted(policyRecords(db), code, [startedAt, now]);
}
