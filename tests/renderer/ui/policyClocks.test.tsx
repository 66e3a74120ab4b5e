import { describe, expect, it } from 'vitest';
import type { ClockFacts } from '../../../src/shared/domain/caseClocks';
import { builtInPolicies, type PolicyRecord } from '../../../src/shared/domain/policies/policyRecords';
import { builtInSlaPolicy } from '../../../src/shared/domain/policies/slaPolicy';
import { clocksUnderPolicies } from '../../../src/renderer/ui/policyClocks';

/** Issue 18: the clocks the case view and the call screen show run under the policy in force when each started. */
const T0 = Date.UTC(2026, 11, 7, 2, 0);
const HOUR = 3_600_000;
const published: PolicyRecord = {
  id: 'p2',
  kind: 'slaTargets',
  version: 2,
  effectiveFrom: T0 + HOUR,
  teamId: null,
  body: { clocks: builtInSlaPolicy.clocks.map((c) => (c.id === 'emailFirstReply' ? { ...c, minutes: 48 * 60 } : c)) },
  authorId: 'admin',
  createdAt: T0,
  note: '邮件 48 小时',
};
const records = [...builtInPolicies, published];
const emailCase = (createdAt: number): ClockFacts => ({ channel: 'email', scenario: 'consultation', priority: 'normal', severity: null, events: { created: createdAt } });
const emailClock = (createdAt: number, now: number) => clocksUnderPolicies(emailCase(createdAt), now, records).find((c) => c.id === 'emailFirstReply')!;

describe('clocks under the published policies', () => {
  it('a clock started after the effective time has the new target', () => {
    const started = T0 + 2 * HOUR;
    const clock = emailClock(started, started + 30 * HOUR);
    expect(clock.dueAt).toBe(started + 48 * HOUR);
    expect(clock.targetMinutes).toBe(48 * 60);
    expect(clock.state).not.toBe('breached');
  });

  it('a clock started before keeps the old target and stays breached', () => {
    const clock = emailClock(T0, T0 + 30 * HOUR);
    expect(clock.dueAt).toBe(T0 + 24 * HOUR);
    expect(clock.targetMinutes).toBe(24 * 60);
    expect(clock.state).toBe('breached');
  });

  it('with only the built-in versions the targets are the defaults', () => {
    expect(clocksUnderPolicies(emailCase(T0 + 2 * HOUR), T0 + 3 * HOUR, builtInPolicies).find((c) => c.id === 'emailFirstReply')!.dueAt).toBe(T0 + 26 * HOUR);
  });
});
