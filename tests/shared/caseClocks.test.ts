import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../../src/shared/domain/businessCalendar';
import { caseClocks, leadingClock, type ClockFacts } from '../../src/shared/domain/caseClocks';
import { dueTimes, defaultSlaTargets } from '../../src/shared/domain/sla';
import { channels, type Channel } from '../../src/shared/schemas/case';
import { priorities, scenarios, type ComplaintSeverity, type Priority, type Scenario } from '../../src/shared/schemas/domainTerms';

/** Beijing wall-clock time as epoch ms (Asia/Shanghai has no DST: always UTC+8). */
const bj = (y: number, m: number, d: number, h = 0, mi = 0, s = 0) => Date.UTC(y, m - 1, d, h - 8, mi, s);
const SEC = 1000;
const MIN = 60 * SEC;
const HOUR = 60 * MIN;
/** Monday 9 March 2026, 10:00 Beijing: a plain working morning. */
const monday10 = bj(2026, 3, 9, 10);

/**
 * The domain table, written out again here on its own (not read from clockDefinitions): which
 * clocks a case of these facts has, and each one's target measured from its start.
 */
function expectedClocks(channel: Channel, scenario: Scenario, priority: Priority, severity: ComplaintSeverity | null): Record<string, { ms: number; business?: boolean }> {
  const solvable = scenario === 'consultation' || scenario === 'afterSales' || scenario === 'faultDiagnosis';
  const out: Record<string, { ms: number; business?: boolean }> = {};
  if (channel === 'phone') out.phoneAnswer = { ms: 10 * SEC };
  if (channel === 'chat') {
    out.chatFirstResponse = { ms: 30 * SEC };
    out.chatFullReply = { ms: 30 * MIN };
  }
  if (channel === 'email') out.emailFirstReply = { ms: 24 * HOUR };
  if ((channel === 'chat' || channel === 'email') && scenario === 'consultation') out.onlineConsultationReply = { ms: 2 * HOUR, business: true };
  if (priority === 'urgent') out.urgentResponse = { ms: 30 * MIN };
  if (solvable && priority !== 'high') out.generalSolved = { ms: 2 * HOUR, business: true };
  if (solvable && priority === 'high') out.complexSolution = { ms: 4 * HOUR };
  out.complexCollaboration = { ms: 5 * MIN };
  if (scenario === 'complaint') out.complaintPlan = { ms: 48 * HOUR };
  if (scenario === 'complaint' && severity === 'major') out.majorComplaintReply = { ms: 24 * HOUR };
  out['promisedFeedback:p1'] = { ms: 15 * MIN };
  if (scenario === 'order') {
    out.orderConfirmed = { ms: 24 * HOUR };
    out.orderShipped = { ms: 48 * HOUR };
  }
  return out;
}

interface Combination {
  channel: Channel;
  scenario: Scenario;
  priority: Priority;
  severity: ComplaintSeverity | null;
}
const combinations: Combination[] = channels.flatMap((channel) =>
  scenarios.flatMap((scenario) =>
    priorities.flatMap((priority) => (scenario === 'complaint' ? [null, 'minor', 'major'] as const : [null] as const).map((severity) => ({ channel, scenario, priority, severity }))),
  ),
);

/** Every start event at `t0` (a promise of 15 minutes; the order confirmed at once), each stop `after` ms later (null: not yet). */
function factsAt(c: Combination, t0: number, after: number | null): ClockFacts {
  const stop = after === null ? null : t0 + after;
  return {
    ...c,
    events: {
      created: t0,
      ring: c.channel === 'phone' ? t0 : null,
      answer: c.channel === 'phone' ? stop : null,
      firstReply: stop,
      solution: stop,
      planGiven: stop,
      resolved: stop,
      collaborationNeeded: t0,
      collaborationMade: stop,
      orderConfirmed: c.scenario === 'order' ? t0 : null,
      orderShipped: stop,
    },
    promises: [{ id: 'p1', madeAt: t0, dueAt: t0 + 15 * MIN, keptAt: stop }],
  };
}

const scenariosOfEvents = [
  { name: 'nothing stopped yet, just started', after: null, now: (t0: number) => t0 + 1 * SEC, state: (_: number) => 'running-or-warning' },
  { name: 'every clock stopped within 5 s', after: 5 * SEC, now: (t0: number) => t0 + 100 * HOUR, state: (_: number) => 'met' },
  { name: 'nothing stopped after 100 h', after: null, now: (t0: number) => t0 + 100 * HOUR, state: (_: number) => 'breached' },
] as const;

describe('case clocks: every channel × scenario × priority/severity', () => {
  for (const c of combinations) {
    const name = `${c.channel} ${c.scenario} ${c.priority}${c.severity ? ` ${c.severity}` : ''}`;
    for (const s of scenariosOfEvents) {
      it(`${name}: ${s.name}`, () => {
        const clocks = caseClocks(factsAt(c, monday10, s.after), s.now(monday10));
        const expected = expectedClocks(c.channel, c.scenario, c.priority, c.severity);
        expect(clocks.map((k) => k.key).sort()).toEqual(Object.keys(expected).sort());
        for (const clock of clocks) {
          const want = expected[clock.key]!;
          expect(clock.startedAt, clock.key).toBe(monday10);
          // Monday 10:00 + 2 working hours stays within the day.
          expect(clock.dueAt - clock.startedAt, clock.key).toBe(want.ms);
          expect(clock.business, clock.key).toBe(want.business === true);
          // The order's confirmation is both the stop of one clock and the start of the next: met at once.
          const state = clock.key === 'orderConfirmed' ? 'met' : s.state(0);
          if (state === 'running-or-warning') expect(['running', 'warning'], clock.key).toContain(clock.state);
          else expect(clock.state, clock.key).toBe(state);
          if (clock.stoppedAt !== null) expect(clock.stoppedAt).toBeGreaterThanOrEqual(clock.startedAt);
        }
      });
    }
  }
});

const base: Combination = { channel: 'phone', scenario: 'consultation', priority: 'normal', severity: null };
const clockOf = (facts: ClockFacts, now: number, id: string) => caseClocks(facts, now).find((c) => c.key === id);

describe('phone answer', () => {
  it('runs from the ring, not the call start, and breaches when the answer is late', () => {
    const ring = monday10;
    const late = clockOf({ ...base, events: { created: ring + 40 * SEC, ring, answer: ring + 40 * SEC } }, ring + HOUR, 'phoneAnswer')!;
    expect(late.state).toBe('metLate');
    expect(late.overLimit).toBe(true);
    const quick = clockOf({ ...base, events: { created: ring, ring, answer: ring + 8 * SEC } }, ring + HOUR, 'phoneAnswer')!;
    expect(quick.state).toBe('met');
    expect(quick.overLimit).toBe(false);
  });

  it('does not apply to a phone case made from the form (no ring was recorded)', () => {
    const clocks = caseClocks({ ...base, events: { created: monday10 } }, monday10 + 10 * HOUR);
    expect(clocks.find((c) => c.id === 'phoneAnswer')).toBeUndefined();
    expect(clocks.some((c) => c.state === 'breached' && c.id !== 'generalSolved')).toBe(false);
  });

  it('is not met by an answer recorded before the ring', () => {
    const clock = clockOf({ ...base, events: { created: monday10, ring: monday10, answer: monday10 - SEC } }, monday10 + 5 * SEC, 'phoneAnswer')!;
    expect(clock.stoppedAt).toBeNull();
    expect(clock.state).not.toBe('met');
  });
});

describe('complaint', () => {
  it('is due a plan (an event), not a resolution, and the reply of a major one comes before the plan', () => {
    const facts: ClockFacts = { channel: 'phone', scenario: 'complaint', priority: 'high', severity: 'major', events: { created: monday10 } };
    const clocks = caseClocks(facts, monday10);
    const plan = clocks.find((c) => c.id === 'complaintPlan')!;
    const reply = clocks.find((c) => c.id === 'majorComplaintReply')!;
    expect(reply.dueAt).toBeLessThan(plan.dueAt);
    expect(clocks.find((c) => c.id === 'complexSolution')).toBeUndefined();
    const due = dueTimes({ ...facts, createdAt: monday10 }, defaultSlaTargets, defaultCalendar);
    expect(due.responseDueAt!).toBeLessThanOrEqual(due.resolutionDueAt!);
  });

  it('stops the plan clock when the plan is told, though the case stays open', () => {
    const facts: ClockFacts = { channel: 'phone', scenario: 'complaint', priority: 'normal', severity: 'minor', events: { created: monday10, planGiven: monday10 + HOUR, resolved: null } };
    expect(clockOf(facts, monday10 + 60 * HOUR, 'complaintPlan')!.state).toBe('met');
  });
});

describe('working-hours clocks on the calendar', () => {
  const walkIn = (created: number): ClockFacts => ({ channel: 'walkIn', scenario: 'consultation', priority: 'normal', severity: null, events: { created } });
  const general = (created: number) => clockOf(walkIn(created), created, 'generalSolved')!;

  it('a walk-in at 22:19 starts at the next opening and is due 2 working hours later, not at midnight', () => {
    const clock = general(bj(2026, 3, 9, 22, 19));
    expect(clock.startedAt).toBe(bj(2026, 3, 10, 9));
    expect(clock.dueAt).toBe(bj(2026, 3, 10, 11));
  });

  it('just after midnight counts from that morning’s opening', () => {
    expect(general(bj(2026, 3, 10, 0, 0, 1)).dueAt).toBe(bj(2026, 3, 10, 11));
  });

  it('late afternoon carries over the night', () => {
    expect(general(bj(2026, 3, 9, 17)).dueAt).toBe(bj(2026, 3, 10, 10));
  });

  it('Friday evening waits for Monday', () => {
    const clock = general(bj(2026, 3, 13, 19));
    expect(clock.startedAt).toBe(bj(2026, 3, 16, 9));
    expect(clock.dueAt).toBe(bj(2026, 3, 16, 11));
  });

  it('a Saturday waits for Monday', () => {
    expect(general(bj(2026, 3, 14, 11)).dueAt).toBe(bj(2026, 3, 16, 11));
  });

  it('a holiday (National Day) waits for the first working day after it', () => {
    // 1–7 October 2026 are holidays; Thursday 8 October is worked.
    expect(general(bj(2026, 10, 2, 10)).dueAt).toBe(bj(2026, 10, 8, 11));
  });

  it('a make-up working Saturday (28 February 2026) runs like a weekday', () => {
    const clock = general(bj(2026, 2, 28, 10));
    expect(clock.startedAt).toBe(bj(2026, 2, 28, 10));
    expect(clock.dueAt).toBe(bj(2026, 2, 28, 12));
  });

  it('a clock does not run down overnight: the same time left at closing and at the next opening', () => {
    const facts = walkIn(bj(2026, 3, 9, 17));
    const atClose = clockOf(facts, bj(2026, 3, 9, 18), 'generalSolved')!;
    const atOpen = clockOf(facts, bj(2026, 3, 10, 9), 'generalSolved')!;
    expect(atClose.remainingMs).toBe(HOUR);
    expect(atOpen.remainingMs).toBe(HOUR);
  });

  it('wall-clock clocks keep running after hours (urgent response at 22:19 is due at 22:49)', () => {
    const urgent = clockOf({ ...walkIn(bj(2026, 3, 9, 22, 19)), priority: 'urgent' }, bj(2026, 3, 9, 22, 20), 'urgentResponse')!;
    expect(urgent.dueAt).toBe(bj(2026, 3, 9, 22, 49));
  });
});

describe('promises and collaboration', () => {
  it('a promise runs from when it was made to the promised time, one clock each', () => {
    const facts: ClockFacts = {
      ...base,
      events: { created: monday10 },
      promises: [
        { id: 'a', madeAt: monday10, dueAt: monday10 + 15 * MIN, keptAt: monday10 + 10 * MIN },
        { id: 'b', madeAt: monday10, dueAt: monday10 + 120 * MIN, keptAt: null },
      ],
    };
    const clocks = caseClocks(facts, monday10 + 3 * HOUR);
    expect(clocks.find((c) => c.key === 'promisedFeedback:a')!.state).toBe('met');
    expect(clocks.find((c) => c.key === 'promisedFeedback:b')!.state).toBe('breached');
  });

  it('collaboration starts only when the agent decides another team is needed', () => {
    expect(clockOf({ ...base, events: { created: monday10 } }, monday10, 'complexCollaboration')).toBeUndefined();
    const late = clockOf({ ...base, events: { created: monday10, collaborationNeeded: monday10 + MIN, collaborationMade: monday10 + 7 * MIN } }, monday10 + HOUR, 'complexCollaboration')!;
    expect(late.state).toBe('metLate');
  });

  it('the nearest due running clock leads', () => {
    const clocks = caseClocks({ channel: 'chat', scenario: 'consultation', priority: 'normal', severity: null, events: { created: monday10, firstReply: monday10 + 5 * SEC } }, monday10 + MIN);
    expect(leadingClock(clocks)!.id).toBe('chatFullReply');
    expect(clocks.at(-1)!.id).toBe('chatFirstResponse');
  });
});

describe('case row summary deadlines', () => {
  it('a phone case from the form has no 30 s response deadline', () => {
    expect(dueTimes({ ...base, createdAt: monday10 }, defaultSlaTargets, defaultCalendar).responseDueAt).toBeNull();
  });
  it('a walk-in at 22:19 is due the next working morning', () => {
    const due = dueTimes({ channel: 'walkIn', scenario: 'consultation', priority: 'normal', severity: null, createdAt: bj(2026, 3, 9, 22, 19) }, defaultSlaTargets, defaultCalendar);
    expect(due.resolutionDueAt).toBe(bj(2026, 3, 10, 11));
  });
});
