import { describe, expect, it } from 'vitest';
import { defaultGuardRules, findGuarded, type GuardRule } from '../../../src/shared/domain/phraseGuard';
import { policyInForce } from '../../../src/shared/domain/policies/policyInForce';
import { policyKinds, type PolicyRecord } from '../../../src/shared/domain/policies/policyRecords';
import { isTeamScopedKind, teamScopedKinds } from '../../../src/shared/domain/policies/teamScopedKinds';

/** Issue 18: a lead's policy version for their own team, next to the admins' global ones. */
const T0 = Date.UTC(2026, 11, 7, 2, 0);
const HOUR = 3_600_000;
const EAST = 'team-east';
const WEST = 'team-west';

const banned: GuardRule = { id: 'zh.custom1', locale: 'zh-CN', reason: 'negative', phrases: ['查不到'], alternatives: ['我再帮您核实一下'] };
const phrases = (id: string, version: number, effectiveFrom: number, teamId: string | null, rules: GuardRule[]): PolicyRecord<'phrases'> => ({
  id, kind: 'phrases', version, effectiveFrom, body: { rules }, teamId, authorId: 'someone', createdAt: effectiveFrom, note: '',
});
const flags = (record: PolicyRecord<'phrases'>) => findGuarded('系统里查不到您的订单', record.body.rules).length > 0;

describe('policies scoped to one team', () => {
  it('only scripts, phrases and stage gates may be scoped to a team; SLA targets, the calendar and authority limits stay global', () => {
    expect([...teamScopedKinds].sort()).toEqual(['phrases', 'scripts', 'stageGates']);
    expect(policyKinds.filter(isTeamScopedKind)).toEqual(policyKinds.filter((k) => teamScopedKinds.includes(k)));
    for (const kind of ['slaTargets', 'businessCalendar', 'authorityLimits'] as const) expect(isTeamScopedKind(kind)).toBe(false);
  });

  it('a team’s version applies to that team only: another team, and a desktop with no team, keep the global rules', () => {
    const eastOnly = phrases('east-2', 2, T0, EAST, [...defaultGuardRules, banned]);
    const records = [eastOnly];
    expect(policyInForce(records, 'phrases', T0 + HOUR, EAST).id).toBe('east-2');
    expect(flags(policyInForce(records, 'phrases', T0 + HOUR, EAST))).toBe(true);
    expect(policyInForce(records, 'phrases', T0 + HOUR, WEST).id).toBe('builtin:phrases');
    expect(flags(policyInForce(records, 'phrases', T0 + HOUR, WEST))).toBe(false);
    expect(policyInForce(records, 'phrases', T0 + HOUR, null).id).toBe('builtin:phrases');
  });

  it('the latest effective wins, team or global: a later global version replaces an earlier team version, and a later team version the global one', () => {
    const east = phrases('east-2', 2, T0, EAST, [...defaultGuardRules, banned]);
    const global = phrases('global-3', 3, T0 + 2 * HOUR, null, defaultGuardRules);
    const eastAgain = phrases('east-4', 4, T0 + 4 * HOUR, EAST, [banned]);
    const records = [eastAgain, global, east];
    expect(policyInForce(records, 'phrases', T0 + HOUR, EAST).id).toBe('east-2');
    expect(policyInForce(records, 'phrases', T0 + 2 * HOUR, EAST).id).toBe('global-3');
    expect(policyInForce(records, 'phrases', T0 + 3 * HOUR, WEST).id).toBe('global-3');
    expect(policyInForce(records, 'phrases', T0 + 4 * HOUR, EAST).id).toBe('east-4');
    expect(policyInForce(records, 'phrases', T0 + 4 * HOUR, WEST).id).toBe('global-3');
  });

  it('on the same effective instant the higher version wins, whichever its scope', () => {
    const team = phrases('east-3', 3, T0, EAST, [banned]);
    const global = phrases('global-2', 2, T0, null, defaultGuardRules);
    expect(policyInForce([global, team], 'phrases', T0, EAST).id).toBe('east-3');
    expect(policyInForce([team, { ...global, id: 'global-4', version: 4 }], 'phrases', T0, EAST).id).toBe('global-4');
  });

  it('what was in force when a call began stays so for it after a later version of either scope is published', () => {
    const callStarted = T0 + HOUR;
    const east = phrases('east-2', 2, T0, EAST, [...defaultGuardRules, banned]);
    const laterGlobal = phrases('global-3', 3, T0 + 2 * HOUR, null, defaultGuardRules);
    const laterWest = phrases('west-4', 4, T0 + 30 * 60_000, WEST, defaultGuardRules);
    expect(policyInForce([east, laterGlobal, laterWest], 'phrases', callStarted, EAST).id).toBe('east-2');
    expect(policyInForce([east, laterGlobal, laterWest], 'phrases', callStarted, WEST).id).toBe('west-4');
  });
});
