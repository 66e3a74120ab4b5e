import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../../src/shared/domain/businessCalendar';
import {
  applicableTarget,
  breachesOf,
  defaultSlaTargets,
  dueTimes,
  slaClock,
  slaTargetSchema,
  slaTargetsSchema,
  type SlaCaseFacts,
  type SlaTarget,
} from '../../src/shared/domain/sla';

const bj = (y: number, m: number, d: number, h = 0, mi = 0, s = 0, ms = 0) => Date.UTC(y, m - 1, d, h - 8, mi, s, ms);
const SEC = 1000;
const MIN = 60 * SEC;
const HOUR = 60 * MIN;
const cal = defaultCalendar;
/** Monday 9 March 2026, 10:00 in Beijing. */
const monday10 = bj(2026, 3, 9, 10);

const facts = (patch: Partial<SlaCaseFacts> = {}): SlaCaseFacts => ({
  channel: 'phone',
  priority: 'normal',
  scenario: 'consultation',
  severity: null,
  ...patch,
});
const due = (patch: Partial<SlaCaseFacts> = {}, createdAt = monday10, targets: readonly SlaTarget[] = defaultSlaTargets) =>
  dueTimes({ ...facts(patch), createdAt }, targets, cal);

describe('default SLA targets', () => {
  it('are a valid policy', () => {
    expect(slaTargetsSchema.safeParse(defaultSlaTargets).success).toBe(true);
  });

  it('have no phone-answer deadline on the case row: that clock runs from the ring (caseClocks)', () => {
    const d = due({ channel: 'phone' });
    expect(d.response).toBeNull();
    expect(d.responseDueAt).toBeNull();
  });

  it('give a chat its first response within 30 seconds', () => {
    const d = due({ channel: 'chat', scenario: 'faultDiagnosis' });
    expect(d.response?.id).toBe('chatFirstResponse');
    expect(d.responseDueAt).toBe(monday10 + 30 * SEC);
  });

  it('reply to an email within 24 hours', () => {
    const d = due({ channel: 'email', scenario: 'afterSales' });
    expect(d.response?.id).toBe('emailFirstReply');
    expect(d.responseDueAt).toBe(monday10 + 24 * HOUR);
  });

  it('have no response target for a walk-in at normal priority', () => {
    const d = due({ channel: 'walkIn' });
    expect(d.response).toBeNull();
    expect(d.responseDueAt).toBeNull();
  });

  it('respond to urgent issues within 30 minutes, even by email or phone', () => {
    const walkIn = due({ channel: 'walkIn', priority: 'urgent' });
    expect(walkIn.response?.id).toBe('urgentResponse');
    expect(walkIn.responseDueAt).toBe(monday10 + 30 * MIN);
    // emailFirstReply and urgentResponse have one condition each: the stricter wins.
    expect(due({ channel: 'email', priority: 'urgent' }).response?.id).toBe('urgentResponse');
    expect(due({ channel: 'phone', priority: 'urgent' }).response?.id).toBe('urgentResponse');
  });

  it('solve a general issue within 2 working hours', () => {
    const d = due({ channel: 'phone', scenario: 'faultDiagnosis' });
    expect(d.resolution?.id).toBe('generalSolved');
    expect(d.resolutionDueAt).toBe(monday10 + 2 * HOUR);
    expect(due({ channel: 'walkIn', priority: 'urgent', scenario: 'afterSales' }).resolution?.id).toBe('generalSolved');
    // Friday 17:00: one working hour that day, one on Monday.
    const friday = bj(2026, 3, 6, 17);
    expect(due({ channel: 'chat', scenario: 'consultation' }, friday).resolutionDueAt).toBe(bj(2026, 3, 9, 10));
    expect(due({ channel: 'phone', scenario: 'consultation' }, friday).resolutionDueAt).toBe(bj(2026, 3, 9, 10));
  });

  it('offer a solution to a complex (high priority) issue within 4 hours', () => {
    const d = due({ channel: 'chat', scenario: 'consultation', priority: 'high' });
    expect(d.resolution?.id).toBe('complexSolution');
    expect(d.resolutionDueAt).toBe(monday10 + 4 * HOUR);
  });

  it('give a complaint a handling plan within 48 hours', () => {
    const d = due({ scenario: 'complaint', severity: 'minor' });
    expect(d.resolution?.id).toBe('complaintPlan');
    expect(d.resolutionDueAt).toBe(monday10 + 48 * HOUR);
    expect(d.response).toBeNull();
  });

  it('first-reply to a major complaint within 24 hours, before its plan is due', () => {
    const d = due({ channel: 'phone', scenario: 'complaint', severity: 'major', priority: 'high' });
    expect(d.response?.id).toBe('majorComplaintReply');
    expect(d.responseDueAt).toBe(monday10 + 24 * HOUR);
    expect(d.resolution?.id).toBe('complaintPlan');
    expect(d.responseDueAt!).toBeLessThan(d.resolutionDueAt!);
    // Severity alone does not make a complaint.
    expect(due({ channel: 'phone', scenario: 'afterSales', severity: 'major' }).response).toBeNull();
  });

  it('confirm an order within 24 hours', () => {
    const d = due({ scenario: 'order' });
    expect(d.resolution?.id).toBe('orderConfirmed');
    expect(d.resolutionDueAt).toBe(monday10 + 24 * HOUR);
  });
});

describe('target selection', () => {
  const t = (id: string, minutes: number, when: SlaTarget['when'], clock: SlaTarget['clock'] = 'calendar'): SlaTarget => ({
    id,
    metric: 'resolution',
    when,
    minutes,
    clock,
  });

  it('prefers the most specific target even when it is more lenient', () => {
    const targets = [t('any', 10, {}), t('email', 60, { channels: ['email'] }), t('emailUrgent', 120, { channels: ['email'], priorities: ['urgent'] })];
    expect(due({ channel: 'email' }, monday10, targets).resolution?.id).toBe('email');
    expect(due({ channel: 'email', priority: 'urgent' }, monday10, targets).resolution?.id).toBe('emailUrgent');
    expect(due({ channel: 'phone', priority: 'urgent' }, monday10, targets).resolution?.id).toBe('any');
  });

  it('breaks ties by the earlier due time, so a business clock can lose to a longer calendar one', () => {
    const targets = [t('business30', 30, { channels: ['chat'] }, 'business'), t('calendar60', 60, { priorities: ['normal'] })];
    // In hours, 30 working minutes come first.
    expect(due({ channel: 'chat' }, monday10, targets).resolution?.id).toBe('business30');
    // Friday 20:00: 30 working minutes run until Monday 09:30; 60 calendar minutes end at 21:00.
    const friday = bj(2026, 3, 6, 20);
    const d = due({ channel: 'chat' }, friday, targets);
    expect(d.resolution?.id).toBe('calendar60');
    expect(d.resolutionDueAt).toBe(friday + HOUR);
  });

  it('keeps list order when two targets are equally specific and due together', () => {
    const targets = [t('first', 60, { channels: ['chat'] }), t('second', 60, { priorities: ['normal'] })];
    expect(due({ channel: 'chat' }, monday10, targets).resolution?.id).toBe('first');
    expect(due({ channel: 'chat' }, monday10, [...targets].reverse()).resolution?.id).toBe('second');
  });

  it('requires every condition of a target to hold', () => {
    const targets = [t('chatComplaint', 5, { channels: ['chat'], scenarios: ['complaint'] })];
    expect(due({ channel: 'chat', scenario: 'order' }, monday10, targets).resolution).toBeNull();
    expect(due({ channel: 'email', scenario: 'complaint' }, monday10, targets).resolution).toBeNull();
    expect(due({ channel: 'chat', scenario: 'complaint' }, monday10, targets).resolution?.id).toBe('chatComplaint');
  });

  it('only looks at targets of the metric asked for', () => {
    expect(applicableTarget('firstResponse', facts({ channel: 'walkIn' }), monday10, defaultSlaTargets, cal)).toBeNull();
    const chosen = applicableTarget('resolution', facts({ channel: 'walkIn' }), monday10, defaultSlaTargets, cal);
    expect(chosen).toEqual({ target: expect.objectContaining({ id: 'generalSolved' }), dueAt: monday10 + 2 * HOUR });
  });

  it('gives no deadlines without targets', () => {
    expect(due({}, monday10, [])).toEqual({ responseDueAt: null, resolutionDueAt: null, response: null, resolution: null });
  });
});

describe('target schema', () => {
  const valid: SlaTarget = { id: 'x', metric: 'firstResponse', when: { channels: ['chat'] }, minutes: 0.5, clock: 'calendar' };

  it('accepts a valid target and one without conditions', () => {
    expect(slaTargetSchema.safeParse(valid).success).toBe(true);
    expect(slaTargetSchema.safeParse({ ...valid, when: {} }).success).toBe(true);
  });

  it('refuses bad values', () => {
    expect(slaTargetSchema.safeParse({ ...valid, minutes: 0 }).success).toBe(false);
    expect(slaTargetSchema.safeParse({ ...valid, minutes: -5 }).success).toBe(false);
    expect(slaTargetSchema.safeParse({ ...valid, minutes: Number.POSITIVE_INFINITY }).success).toBe(false);
    expect(slaTargetSchema.safeParse({ ...valid, id: ' ' }).success).toBe(false);
    expect(slaTargetSchema.safeParse({ ...valid, metric: 'handleTime' }).success).toBe(false);
    expect(slaTargetSchema.safeParse({ ...valid, clock: 'lunar' }).success).toBe(false);
    expect(slaTargetSchema.safeParse({ ...valid, when: { channels: ['fax'] } }).success).toBe(false);
    expect(slaTargetSchema.safeParse({ ...valid, when: { channels: [] } }).success).toBe(false);
    expect(slaTargetSchema.safeParse({ ...valid, when: { branch: ['SH01'] } }).success).toBe(false);
    expect(slaTargetSchema.safeParse({ ...valid, note: 'x' }).success).toBe(false);
  });

  it('refuses a policy with duplicate ids', () => {
    expect(slaTargetsSchema.safeParse([valid, { ...valid, minutes: 5 }]).success).toBe(false);
  });
});

describe('SLA clock', () => {
  const startedAt = monday10;
  const twoHours = { startedAt, dueAt: startedAt + 2 * HOUR };

  it('runs from the start', () => {
    expect(slaClock({ ...twoHours, now: startedAt })).toEqual({ state: 'running', remainingMs: 2 * HOUR, elapsedFraction: 0 });
    expect(slaClock({ ...twoHours, now: startedAt + HOUR, metAt: null })).toEqual({ state: 'running', remainingMs: HOUR, elapsedFraction: 0.5 });
  });

  it('warns when 20% of a long allowance is left', () => {
    // 20% of 2 h = 24 min, more than 15 min, so it is reached first.
    expect(slaClock({ ...twoHours, now: twoHours.dueAt - 24 * MIN - 1 }).state).toBe('running');
    expect(slaClock({ ...twoHours, now: twoHours.dueAt - 24 * MIN }).state).toBe('warning');
  });

  it('warns when 15 minutes are left of a short allowance', () => {
    const halfHour = { startedAt, dueAt: startedAt + 30 * MIN };
    expect(slaClock({ ...halfHour, now: halfHour.dueAt - 15 * MIN - 1 }).state).toBe('running');
    expect(slaClock({ ...halfHour, now: halfHour.dueAt - 15 * MIN }).state).toBe('warning');
  });

  it('warns from the start when the whole allowance is under 15 minutes', () => {
    expect(slaClock({ startedAt, dueAt: startedAt + 30 * SEC, now: startedAt }).state).toBe('warning');
  });

  it('breaches only after the due time', () => {
    expect(slaClock({ ...twoHours, now: twoHours.dueAt })).toEqual({ state: 'warning', remainingMs: 0, elapsedFraction: 1 });
    expect(slaClock({ ...twoHours, now: twoHours.dueAt + 1 })).toEqual({ state: 'breached', remainingMs: -1, elapsedFraction: (2 * HOUR + 1) / (2 * HOUR) });
    expect(slaClock({ ...twoHours, now: twoHours.dueAt + HOUR })).toMatchObject({ state: 'breached', remainingMs: -HOUR, elapsedFraction: 1.5 });
  });

  it('is met when met by the due time, and stays met later', () => {
    expect(slaClock({ ...twoHours, now: startedAt + 5 * HOUR, metAt: startedAt + 30 * MIN })).toEqual({
      state: 'met',
      remainingMs: 90 * MIN,
      elapsedFraction: 0.25,
    });
    expect(slaClock({ ...twoHours, now: startedAt + 5 * HOUR, metAt: twoHours.dueAt }).state).toBe('met');
  });

  it('is met late when met after the due time', () => {
    expect(slaClock({ ...twoHours, now: startedAt + 5 * HOUR, metAt: twoHours.dueAt + 1 })).toMatchObject({ state: 'metLate', remainingMs: -1 });
    expect(slaClock({ ...twoHours, now: startedAt + 5 * HOUR, metAt: startedAt + 3 * HOUR })).toMatchObject({
      state: 'metLate',
      remainingMs: -HOUR,
      elapsedFraction: 1.5,
    });
  });

  it('never reports a negative fraction before the start, and handles a zero allowance', () => {
    expect(slaClock({ ...twoHours, now: startedAt - MIN }).elapsedFraction).toBe(0);
    expect(slaClock({ startedAt, dueAt: startedAt, now: startedAt })).toEqual({ state: 'warning', remainingMs: 0, elapsedFraction: 1 });
    expect(slaClock({ startedAt, dueAt: startedAt, now: startedAt + 1 }).state).toBe('breached');
  });

  describe('on a business clock', () => {
    // 2 working hours from Friday 17:00 fall due on Monday 10:00.
    const friday17 = bj(2026, 3, 6, 17);
    const clock = { startedAt: friday17, dueAt: bj(2026, 3, 9, 10), calendar: cal };

    it('does not run down over the weekend', () => {
      expect(slaClock({ ...clock, now: bj(2026, 3, 7, 12) })).toEqual({ state: 'running', remainingMs: HOUR, elapsedFraction: 0.5 });
      // Counted in wall time instead, 46 h would be left of 65 h.
      expect(slaClock({ startedAt: clock.startedAt, dueAt: clock.dueAt, now: bj(2026, 3, 7, 12) }).remainingMs).toBe(46 * HOUR);
    });

    it('warns by working time left', () => {
      expect(slaClock({ ...clock, now: bj(2026, 3, 9, 9, 35, 59) }).state).toBe('running');
      expect(slaClock({ ...clock, now: bj(2026, 3, 9, 9, 36) }).state).toBe('warning');
    });

    it('counts only working time overdue once breached', () => {
      const closing = { startedAt: bj(2026, 3, 9, 16), dueAt: bj(2026, 3, 9, 18), calendar: cal };
      expect(slaClock({ ...closing, now: bj(2026, 3, 9, 19) })).toEqual({ state: 'breached', remainingMs: 0, elapsedFraction: 1 });
      expect(slaClock({ ...closing, now: bj(2026, 3, 10, 9, 30) })).toEqual({ state: 'breached', remainingMs: -30 * MIN, elapsedFraction: 1.25 });
    });
  });
});

describe('breaches', () => {
  const d = due({ channel: 'email', scenario: 'afterSales' }); // response 24 h, resolution 2 h
  const open = { respondedAt: null, resolvedAt: null };

  it('lists nothing before or at the due times', () => {
    expect(breachesOf(d, open, monday10 + HOUR)).toEqual([]);
    expect(breachesOf(d, open, monday10 + 2 * HOUR)).toEqual([]);
  });

  it('lists each clock once it is past due and unmet', () => {
    expect(breachesOf(d, open, monday10 + 2 * HOUR + 1)).toEqual([{ metric: 'resolution', targetId: 'generalSolved', dueAt: monday10 + 2 * HOUR, metAt: null }]);
    expect(breachesOf(d, open, monday10 + 25 * HOUR).map((b) => b.metric)).toEqual(['firstResponse', 'resolution']);
  });

  it('leaves out clocks met in time and keeps those met late', () => {
    const progress = { respondedAt: monday10 + HOUR, resolvedAt: monday10 + 3 * HOUR };
    expect(breachesOf(d, progress, monday10 + 30 * HOUR)).toEqual([
      { metric: 'resolution', targetId: 'generalSolved', dueAt: monday10 + 2 * HOUR, metAt: monday10 + 3 * HOUR },
    ]);
    expect(breachesOf(d, { respondedAt: monday10 + HOUR, resolvedAt: monday10 + 2 * HOUR }, monday10 + 30 * HOUR)).toEqual([]);
  });

  it('leaves out breaches already recorded', () => {
    expect(breachesOf(d, open, monday10 + 25 * HOUR, ['resolution']).map((b) => b.metric)).toEqual(['firstResponse']);
    expect(breachesOf(d, open, monday10 + 25 * HOUR, ['resolution', 'firstResponse'])).toEqual([]);
  });

  it('has nothing to breach without a target', () => {
    expect(breachesOf(due({ channel: 'walkIn' }, monday10, []), open, monday10 + 100 * HOUR)).toEqual([]);
  });
});
