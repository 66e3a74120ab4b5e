import { describe, expect, it } from 'vitest';
import { clockFactsOf, type CaseClockSources } from '../../src/shared/domain/caseClockFacts';
import { caseClocks } from '../../src/shared/domain/caseClocks';

const t0 = Date.UTC(2026, 2, 9, 2, 0); // Monday 10:00 Beijing
const MIN = 60_000;

const sources = (patch: Partial<CaseClockSources> = {}): CaseClockSources => ({
  case: { channel: 'phone', scenario: 'complaint', priority: 'normal', severity: 'major', createdAt: t0 + 10 * MIN, firstResponseAt: t0 + MIN, resolvedAt: null },
  calls: [{ startedAt: t0 + MIN, ringAt: t0, answeredAt: t0 + 9_000, solutionAt: t0 + 6 * MIN }],
  collaborations: [],
  followUpsDoneAt: [],
  callbacks: [],
  ...patch,
});

describe('clock facts of a saved case', () => {
  it('start at the first contact (the ring), not at the save, and take the answer as the first reply', () => {
    const facts = clockFactsOf(sources());
    expect(facts.events).toMatchObject({ created: t0, ring: t0, answer: t0 + 9_000, firstReply: t0 + 9_000, solution: t0 + 6 * MIN, planGiven: t0 + 6 * MIN });
  });

  it('turn an escalation into a promise kept by the next call, and a callback into a promise kept when done', () => {
    const facts = clockFactsOf(
      sources({
        calls: [
          { startedAt: t0 + MIN, ringAt: t0, answeredAt: t0 + 9_000, solutionAt: null },
          { startedAt: t0 + 40 * MIN, ringAt: null, answeredAt: null, solutionAt: null },
        ],
        collaborations: [{ id: 'esc', kind: 'escalation', at: t0 + 5 * MIN, data: { feedbackMinutes: 15, collaborationDueBy: t0 + 7 * MIN } }],
        callbacks: [{ id: 'cb', madeAt: t0 + 10 * MIN, dueAt: t0 + 24 * 60 * MIN, doneAt: null }],
      }),
    );
    expect(facts.promises).toEqual([
      { id: 'esc', madeAt: t0 + 5 * MIN, dueAt: t0 + 20 * MIN, keptAt: t0 + 40 * MIN },
      { id: 'cb', madeAt: t0 + 10 * MIN, dueAt: t0 + 24 * 60 * MIN, keptAt: null },
    ]);
    expect(facts.events).toMatchObject({ collaborationNeeded: t0 + 2 * MIN, collaborationMade: t0 + 5 * MIN });
    const clocks = caseClocks(facts, t0 + 60 * MIN);
    expect(clocks.find((c) => c.key === 'promisedFeedback:esc')!.state).toBe('metLate');
    expect(clocks.find((c) => c.key === 'promisedFeedback:cb')!.state).toBe('running');
  });

  it('count an escalation and the follow-up the call saved for its promise as one promise, made at the escalation, kept when the follow-up is done', () => {
    const facts = clockFactsOf(
      sources({
        collaborations: [{ id: 'esc', kind: 'escalation', at: t0 + 5 * MIN, data: { feedbackMinutes: 120, collaborationDueBy: t0 + 7 * MIN } }],
        callbacks: [{ id: 'promise', madeAt: t0 + 12 * MIN, dueAt: t0 + 125 * MIN, doneAt: t0 + 90 * MIN }],
      }),
    );
    expect(facts.promises).toEqual([{ id: 'esc', madeAt: t0 + 5 * MIN, dueAt: t0 + 125 * MIN, keptAt: t0 + 90 * MIN }]);
  });

  it('a case from the form (no calls) has no ring, and its first reply is the recorded first response', () => {
    const facts = clockFactsOf(sources({ calls: [], case: { ...sources().case, channel: 'email', scenario: 'consultation', severity: null, firstResponseAt: null, resolvedAt: t0 + 30 * MIN } }));
    expect(facts.events).toMatchObject({ created: t0 + 10 * MIN, ring: null, firstReply: null, solution: t0 + 30 * MIN });
    expect(caseClocks(facts, t0 + 11 * MIN).some((c) => c.id === 'phoneAnswer')).toBe(false);
  });
});
