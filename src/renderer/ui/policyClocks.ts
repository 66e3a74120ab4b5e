import { caseClocksByStart, type CaseClock, type ClockFacts } from '../../shared/domain/caseClocks';
import { rulesAtStart } from '../../shared/domain/policies/policyInForce';
import type { PolicyRecord } from '../../shared/domain/policies/policyRecords';

/**
 * A case's clocks as the screens show them (issue 18): each measured under the policies this
 * desktop knows that were in force when it started, so a target published later applies to clocks
 * started after its effective time and never moves one already running (a breach stays a breach).
 */
export function clocksUnderPolicies(facts: ClockFacts, now: number, records: readonly PolicyRecord[]): CaseClock[] {
  return caseClocksByStart(facts, now, rulesAtStart(records));
}
