import { describe, expect, it } from 'vitest';
import { TZDate } from '@date-fns/tz';
import { caseClocksByStart, type ClockFacts } from '../../../src/shared/domain/caseClocks';
import { dueTimes } from '../../../src/shared/domain/sla';
import { builtInSlaPolicy, returnStepChanges, returnStepTimesOf, slaChanges, slaPolicySchema, type SlaPolicy } from '../../../src/shared/domain/policies/slaPolicy';
import { builtInPolicy, parsePolicyBody, type PolicyRecord } from '../../../src/shared/domain/policies/policyRecords';
import { builtInReturnStepTimes } from '../../../src/shared/domain/returns';
import { nextPolicyVersion, policyInForce, rulesAt, rulesAtStart } from '../../../src/shared/domain/policies/policyInForce';

const at = (y: number, m: number, d: number, h = 0, min = 0) => new TZDate(y, m - 1, d, h, min, 'Asia/Shanghai').getTime();
const MIN = 60_000;

/** The built-in SLA policy with one clock's target changed. */
function withTarget(id: string, minutes: number): SlaPolicy {
  return { clocks: builtInSlaPolicy.clocks.map((c) => (c.id === id ? { ...c, minutes } : c)) };
}

function slaRecord(version: number, effectiveFrom: number, body: SlaPolicy, createdAt = effectiveFrom): PolicyRecord<'slaTargets'> {
  return { id: `sla-${version}`, kind: 'slaTargets', version, effectiveFrom, body, teamId: null, authorId: 'admin-1', createdAt, note: '' };
}

describe('policy versions', () => {
  it('the built-in defaults are version 1, in force when nothing else is', () => {
    expect(policyInForce([], 'slaTargets', at(2026, 6, 1), null).version).toBe(1);
    expect(policyInForce([], 'businessCalendar', at(2026, 6, 1), null).body.holidays).toContain('2026-10-01');
    expect(nextPolicyVersion([], 'slaTargets')).toBe(2);
    expect(slaPolicySchema.safeParse(builtInSlaPolicy).success).toBe(true);
  });

  it('picks the version effective latest at or before the instant, not the newest made', () => {
    const v2 = slaRecord(2, at(2026, 12, 10), withTarget('chatFullReply', 20));
    const v3 = slaRecord(3, at(2026, 12, 20), withTarget('chatFullReply', 15), at(2026, 12, 6));
    const records = [v3, v2];
    expect(policyInForce(records, 'slaTargets', at(2026, 12, 9), null).version).toBe(1);
    expect(policyInForce(records, 'slaTargets', at(2026, 12, 10), null).version).toBe(2);
    expect(policyInForce(records, 'slaTargets', at(2026, 12, 19, 23, 59), null).version).toBe(2);
    expect(policyInForce(records, 'slaTargets', at(2026, 12, 20), null).version).toBe(3);
    expect(nextPolicyVersion(records, 'slaTargets')).toBe(4);
    expect(policyInForce(records, 'businessCalendar', at(2026, 12, 20), null)).toEqual(builtInPolicy('businessCalendar'));
  });

  it('a new case takes its due times from the targets in force when it was created', () => {
    const records = [slaRecord(2, at(2026, 12, 10), withTarget('urgentResponse', 10))];
    const facts = { channel: 'phone', priority: 'urgent', scenario: 'consultation', severity: null } as const;
    const before = at(2026, 12, 9, 10);
    const after = at(2026, 12, 10, 10);
    const old = rulesAt(records, before);
    const now = rulesAt(records, after);
    expect(dueTimes({ ...facts, createdAt: before }, old.slaTargets, old.calendar).responseDueAt).toBe(before + 30 * MIN);
    expect(dueTimes({ ...facts, createdAt: after }, now.slaTargets, now.calendar).responseDueAt).toBe(after + 10 * MIN);
    expect(now.versions).toEqual({ slaTargets: 2, businessCalendar: 1 });
  });

  it('a breach computed under the old target stays a breach when a looser target arrives later', () => {
    // A chat case at 10:00; the full reply was due 10:30 under the built-in 30 minutes.
    const created = at(2026, 12, 7, 10);
    const facts: ClockFacts = { channel: 'chat', scenario: 'afterSales', priority: 'normal', severity: null, events: { created, firstReply: created + 10_000 } };
    const now = at(2026, 12, 7, 10, 45);
    const before = caseClocksByStart(facts, now, rulesAtStart([])).find((c) => c.id === 'chatFullReply')!;
    expect(before.state).toBe('breached');
    // At 10:40 an admin publishes 60 minutes, effective at once; it reaches this desktop at 10:44.
    const looser = slaRecord(2, at(2026, 12, 7, 10, 40), withTarget('chatFullReply', 60));
    const after = caseClocksByStart(facts, now, rulesAtStart([looser])).find((c) => c.id === 'chatFullReply')!;
    expect(after.state).toBe('breached');
    expect(after.dueAt).toBe(before.dueAt);
    // A chat started after the effective time runs under the new target.
    const later = at(2026, 12, 7, 10, 41);
    const fresh = caseClocksByStart({ ...facts, events: { created: later } }, now, rulesAtStart([looser])).find((c) => c.id === 'chatFullReply')!;
    expect(fresh.dueAt).toBe(later + 60 * MIN);
    expect(fresh.state).toBe('running');
  });

  it('a clock that starts later in a case uses the policy in force at its own start', () => {
    const created = at(2026, 12, 7, 9);
    const confirmed = at(2026, 12, 9, 9);
    const stricter = slaRecord(2, at(2026, 12, 8), withTarget('orderShipped', 24 * 60));
    const clocks = caseClocksByStart({ channel: 'phone', scenario: 'order', priority: 'normal', severity: null, events: { created, orderConfirmed: confirmed } }, confirmed + MIN, rulesAtStart([stricter]));
    expect(clocks.find((c) => c.id === 'orderShipped')!.dueAt).toBe(confirmed + 24 * 60 * MIN);
    // orderConfirmed started at creation, before the change: the built-in 24 h.
    expect(clocks.find((c) => c.id === 'orderConfirmed')!.dueAt).toBe(created + 24 * 60 * MIN);
  });

  it('a working-hours due time uses the calendar in force: 2027 holidays only after a calendar that has them', () => {
    const created = at(2026, 12, 31, 17); // Thursday 17:00, 2 working hours for a general after-sales case
    const facts = { channel: 'phone', priority: 'normal', scenario: 'afterSales', severity: null, createdAt: created } as const;
    const builtIn = rulesAt([], created);
    // The built-in calendar knows nothing of 2027: 1 January counts as a working Friday.
    expect(dueTimes(facts, builtIn.slaTargets, builtIn.calendar).resolutionDueAt).toBe(at(2027, 1, 1, 10));
    const cal2027: PolicyRecord<'businessCalendar'> = {
      ...builtInPolicy('businessCalendar'),
      id: 'cal-2',
      version: 2,
      effectiveFrom: at(2026, 12, 1),
      body: { ...builtInPolicy('businessCalendar').body, holidays: ['2027-01-01', '2027-01-02', '2027-01-03'] },
    };
    const withCal = rulesAt([cal2027], created);
    expect(dueTimes(facts, withCal.slaTargets, withCal.calendar).resolutionDueAt).toBe(at(2027, 1, 4, 10));
  });

  it('lists what changes between two SLA policies for the preview', () => {
    const changes = slaChanges(builtInSlaPolicy, withTarget('emailFirstReply', 12 * 60));
    expect(changes.map((c) => [c.id, c.before.minutes, c.after.minutes])).toEqual([['emailFirstReply', 24 * 60, 12 * 60]]);
    expect(slaChanges(builtInSlaPolicy, builtInSlaPolicy)).toEqual([]);
  });

  it('refuses a bad SLA body with a reason per field', () => {
    const bad = { clocks: [{ ...builtInSlaPolicy.clocks[0]!, minutes: -5 }, builtInSlaPolicy.clocks[0]] };
    const parsed = slaPolicySchema.safeParse(bad);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.message)).toContain('tooSmall');
    expect(slaPolicySchema.safeParse({ clocks: [{ ...builtInSlaPolicy.clocks[1]!, limitMinutes: 0.1, minutes: 5 }] }).error!.issues[0]!.message).toBe('limitBeforeTarget');
  });
});

describe('return-step times in the SLA policy (issue 18)', () => {
  const times = { reviewWithinHours: 12, shipWithinDays: 3, processingExpectedWorkingDays: 2, processingDueWorkingDays: 4 };
  it('are optional (a policy published before them keeps the built-in times) and listed as changes', () => {
    const { returnSteps: _builtIn, ...older } = builtInSlaPolicy;
    expect(parsePolicyBody('slaTargets', older).success).toBe(true);
    expect(returnStepTimesOf(older)).toEqual(builtInReturnStepTimes);
    expect(rulesAt([{ ...builtInPolicy('slaTargets'), id: 'v2', version: 2, effectiveFrom: 10, body: { ...older, returnSteps: times } }], 20).returnSteps).toEqual(times);
    expect(returnStepChanges(builtInSlaPolicy, { ...builtInSlaPolicy, returnSteps: times }).map((c) => c.field)).toEqual(['reviewWithinHours', 'shipWithinDays', 'processingExpectedWorkingDays', 'processingDueWorkingDays']);
  });
  it('refuse fractions, zero, and an expected time after the due time, naming the field', () => {
    const issues = (returnSteps: unknown) => {
      const parsed = parsePolicyBody('slaTargets', { ...builtInSlaPolicy, returnSteps });
      return parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join('.'), i.message]);
    };
    expect(issues({ ...times, reviewWithinHours: 1.5 })).toEqual([['returnSteps.reviewWithinHours', 'notWhole']]);
    expect(issues({ ...times, shipWithinDays: 0 })).toEqual([['returnSteps.shipWithinDays', 'atLeastOne']]);
    expect(issues({ ...times, processingExpectedWorkingDays: 5 })).toEqual([['returnSteps.processingExpectedWorkingDays', 'expectedAfterDue']]);
  });
});
