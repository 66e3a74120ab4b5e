import { describe, expect, it } from 'vitest';
import { sampleCalls, stableHash, weekOf, weekStart, type SampleCandidate } from '../../src/shared/domain/quality/sampling';
import { summariseQuality } from '../../src/shared/domain/quality/report';
import { mayMove, nextState } from '../../src/shared/domain/quality/exchange';

// Monday 2026-11-30 00:00 in UTC+8.
const MONDAY = Date.UTC(2026, 10, 29, 16, 0);
const HOUR = 3_600_000;
const call = (callId: string, agentId: string, at: number, over: Partial<SampleCandidate> = {}): SampleCandidate => ({ callId, agentId, startedAt: at, scenario: 'consultation', surveyScore: null, ...over });

describe('weeks of the floor (Monday to Sunday, UTC+8)', () => {
  it('a week begins on Monday 00:00 China time', () => {
    expect(weekStart(weekOf(MONDAY))).toBe(MONDAY);
    expect(weekOf(MONDAY - 1)).toBe(weekOf(MONDAY) - 1);
    expect(weekOf(MONDAY + 7 * 24 * HOUR - 1)).toBe(weekOf(MONDAY));
  });
});

describe('the sample of calls to evaluate', () => {
  const week1 = Array.from({ length: 10 }, (_, i) => call(`a1-w1-${i}`, 'a1', MONDAY + i * HOUR));
  const week2 = Array.from({ length: 10 }, (_, i) => call(`a1-w2-${i}`, 'a1', MONDAY + 7 * 24 * HOUR + i * HOUR));
  const other = Array.from({ length: 5 }, (_, i) => call(`a2-w1-${i}`, 'a2', MONDAY + i * HOUR));

  it('draws the given number of calls per agent per week', () => {
    const sample = sampleCalls([...week1, ...week2, ...other], 'seed', 2);
    const count = (prefix: string) => sample.filter((s) => s.callId.startsWith(prefix)).length;
    expect([count('a1-w1'), count('a1-w2'), count('a2-w1')]).toEqual([2, 2, 2]);
    expect(sample.every((s) => s.reasons.join() === 'random')).toBe(true);
  });

  it('the same seed draws the same calls whatever the order of the input; another seed may differ', () => {
    const all = [...week1, ...week2, ...other];
    const ids = (seed: string, list: SampleCandidate[]) => sampleCalls(list, seed).map((s) => s.callId);
    expect(ids('seed', [...all].reverse())).toEqual(ids('seed', all));
    const seeds = ['a', 'b', 'c', 'd', 'e', 'f'].map((s) => ids(s, all).join());
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });

  it('adds every complaint and every survey scored 2 or less, with their reasons, and nothing twice', () => {
    const list = [
      ...week1,
      call('complaint', 'a1', MONDAY + 20 * HOUR, { scenario: 'complaint' }),
      call('low', 'a1', MONDAY + 21 * HOUR, { surveyScore: 2 }),
      call('three', 'a1', MONDAY + 22 * HOUR, { surveyScore: 3 }),
    ];
    const sample = sampleCalls(list, 'seed', 0);
    expect(sample.map((s) => [s.callId, s.reasons])).toEqual([
      ['complaint', ['complaint']],
      ['low', ['lowSurvey']],
    ]);
    const withRandom = sampleCalls(list, 'seed', 100);
    expect(withRandom).toHaveLength(list.length);
    expect(withRandom.find((s) => s.callId === 'complaint')!.reasons).toEqual(['complaint', 'random']);
  });

  it('hashes stably', () => {
    expect(stableHash('')).toBe(0x811c9dc5);
    expect(stableHash('质检')).toBe(stableHash('质检'));
    expect(stableHash('a')).not.toBe(stableHash('b'));
  });
});

describe('quality report figures', () => {
  it('averages per agent and team, and ranks the most missed criteria', () => {
    const summary = summariseQuality([
      { agentId: 'a1', agentName: '王芳', score: 80, marks: [{ criterionId: 'identity', mark: 'missed' }, { criterionId: 'hold', mark: 'partial' }] },
      { agentId: 'a1', agentName: '王芳', score: 90, marks: [{ criterionId: 'identity', mark: 'missed' }] },
      { agentId: 'a2', agentName: '李强', score: 100, marks: [{ criterionId: 'greeting', mark: 'met' }] },
      { agentId: 'a2', agentName: '李强', score: null, marks: [] },
    ]);
    expect(summary.agents).toEqual([
      { agentId: 'a2', agentName: '李强', evaluations: 2, average: 100 },
      { agentId: 'a1', agentName: '王芳', evaluations: 2, average: 85 },
    ]);
    expect(summary.team).toEqual({ evaluations: 4, average: 90 });
    expect(summary.missed).toEqual([
      { criterionId: 'identity', missed: 2, partial: 0 },
      { criterionId: 'hold', missed: 0, partial: 1 },
    ]);
  });
});

describe('the exchange after scoring', () => {
  it('the agent acknowledges or disputes, the lead answers only a dispute', () => {
    expect(nextState(null, 'scored')).toBe('scored');
    expect(nextState('scored', 'disputed')).toBe('disputed');
    expect(nextState('disputed', 'answered')).toBe('answered');
    expect(nextState('answered', 'acknowledged')).toBe('acknowledged');
    expect(nextState('scored', 'answered')).toBeNull();
    expect(nextState('acknowledged', 'disputed')).toBeNull();
    expect(nextState('scored', 'scored')).toBeNull();
    expect(mayMove('acknowledged', 'disputed')).toBe(false);
    expect(mayMove('scored', 'acknowledged')).toBe(true);
  });
});
