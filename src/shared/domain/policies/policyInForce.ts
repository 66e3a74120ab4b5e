import type { BusinessCalendar } from '../businessCalendar';
import type { ClockDefinition } from '../clockDefinitions';
import type { SlaTarget } from '../sla';
import { builtInPolicy, type PolicyKind, type PolicyRecord } from './policyRecords';
import type { ReturnStepTimes } from '../returns';
import { clockDefinitionsOf, returnStepTimesOf, slaTargetsOf } from './slaPolicy';

/**
 * Which version of a policy is in force at an instant for one team: of the records effective at or
 * before it that apply to the team — global ones (teamId null) and the team's own; another team's
 * never — the one effective latest; on a tie the higher version, then the later made. A team's
 * version does not outrank a global one by being the team's: whichever took effect later wins, so
 * an admin's later global version replaces a lead's earlier team version (and a lead's later team
 * version replaces the global one for that team). `teamId` null (no team known for the agent on
 * this desktop) sees global versions only. The built-in is always there underneath, so a desktop
 * that has pulled nothing still has rules.
 */
export function policyInForce<K extends PolicyKind>(records: readonly PolicyRecord[], kind: K, at: number, teamId: string | null): PolicyRecord<K> {
  let best: PolicyRecord<K> = builtInPolicy(kind);
  for (const record of records) {
    if (record.kind !== kind || record.effectiveFrom > at) continue;
    if (record.teamId !== null && record.teamId !== teamId) continue;
    const r = record as PolicyRecord<K>;
    if (r.effectiveFrom > best.effectiveFrom || (r.effectiveFrom === best.effectiveFrom && (r.version > best.version || (r.version === best.version && r.createdAt > best.createdAt)))) best = r;
  }
  return best;
}

/** The rules in force at one instant, ready for the domain functions. */
export interface RulesAt {
  calendar: BusinessCalendar;
  definitions: readonly ClockDefinition[];
  slaTargets: readonly SlaTarget[];
  /** A return's step deadlines. */
  returnSteps: ReturnStepTimes;
  versions: { slaTargets: number; businessCalendar: number };
}

/** SLA targets and the business calendar are never team-scoped (teamScopedKinds.ts): the global versions. */
export function rulesAt(records: readonly PolicyRecord[], at: number): RulesAt {
  const sla = policyInForce(records, 'slaTargets', at, null);
  const calendar = policyInForce(records, 'businessCalendar', at, null);
  const definitions = clockDefinitionsOf(sla.body);
  return { calendar: calendar.body, definitions, slaTargets: slaTargetsOf(definitions), returnSteps: returnStepTimesOf(sla.body), versions: { slaTargets: sla.version, businessCalendar: calendar.version } };
}

/** The next version number of a kind: one more than the highest known (the built-in is 1). */
export function nextPolicyVersion(records: readonly PolicyRecord[], kind: PolicyKind): number {
  return records.reduce((max, r) => (r.kind === kind ? Math.max(max, r.version) : max), 1) + 1;
}

/** For caseClocksByStart: each clock measured under the policies in force when it started. */
export function rulesAtStart(records: readonly PolicyRecord[]): (startedAt: number) => RulesAt {
  const cache = new Map<string, RulesAt>();
  return (startedAt) => {
    const sla = policyInForce(records, 'slaTargets', startedAt, null);
    const calendar = policyInForce(records, 'businessCalendar', startedAt, null);
    const key = `${sla.id}\u0000${calendar.id}`;
    let rules = cache.get(key);
    if (!rules) cache.set(key, (rules = rulesAt(records, startedAt)));
    return rules;
  };
}
