import { describe, expect, it } from 'vitest';
import { clockOutcome, type CallEvidence } from '../../src/shared/domain/quality/evidence';
import { prefillMarks, suggestionFor } from '../../src/shared/domain/quality/prefill';
import { scoreOf } from '../../src/shared/domain/quality/score';
import { defaultScorecard } from '../../src/shared/domain/quality/scorecard';

const T0 = Date.UTC(2026, 11, 1, 2, 0);
const evidence = (over: Partial<CallEvidence> = {}): CallEvidence => ({
  callId: 'k1', caseId: 'c1', caseNumber: 'SH01-1', subject: '洗衣机漏水', scenario: 'afterSales', channel: 'phone', agentId: 'a1', agentName: '王芳',
  startedAt: T0, talkSeconds: 300, acwSeconds: 60,
  stages: (['greet', 'confirm', 'solve', 'followUp', 'record'] as const).map((stage, i) => ({ stage, completedAt: T0 + i * 60_000, visits: 1, checklist: [] })),
  verification: { method: 'phoneMatch', at: T0 + 30_000 },
  solutions: 1, escalations: 0, transfers: 0, notSolved: 0, phraseFlags: [], holdSeconds: 0, holdCount: 0,
  clocks: [{ clock: 'response', dueAt: T0 + 3_600_000, doneAt: T0 + 60_000, outcome: 'met' }],
  surveyScore: 5,
  ...over,
});

describe('criteria pre-filled from the call’s evidence', () => {
  it('a clean call pre-fills every criterion met except holds (none: N/A), and scores 100', () => {
    const marks = prefillMarks(defaultScorecard, evidence());
    expect(Object.fromEntries(marks.map((m) => [m.criterionId, m.mark]))).toEqual({
      greeting: 'met', identity: 'met', understanding: 'met', solution: 'met', hold: 'na', language: 'met', timeliness: 'met', closing: 'met',
    });
    expect(marks.every((m) => m.prefilled === m.mark && m.overrideReason === '')).toBe(true);
    expect(scoreOf(defaultScorecard, marks)).toBe(100);
  });

  it('identity: not asked is missed, a caller who would not say is N/A', () => {
    expect(suggestionFor('verification', evidence({ verification: null }))).toEqual({ mark: 'missed', reason: 'notAsked' });
    expect(suggestionFor('verification', evidence({ verification: { method: 'notVerified', at: T0 } }))).toEqual({ mark: 'na', reason: 'callerNotIdentified' });
  });

  it('holds: short met, long partly met, very long missed', () => {
    expect(suggestionFor('hold', evidence({ holdCount: 1, holdSeconds: 120 })).mark).toBe('met');
    expect(suggestionFor('hold', evidence({ holdCount: 2, holdSeconds: 121 })).mark).toBe('partial');
    expect(suggestionFor('hold', evidence({ holdCount: 3, holdSeconds: 301 })).mark).toBe('missed');
  });

  it('a kept flagged phrase makes language partly met for the lead to judge', () => {
    const flags = [{ field: 'solve.solution', phrase: '不可能', category: 'refusal', reason: '客户原话' }];
    expect(suggestionFor('phraseGuard', evidence({ phraseFlags: flags }))).toEqual({ mark: 'partial', reason: 'flagsKept' });
  });

  it('clocks: a breach is missed, only running clocks are N/A', () => {
    expect(suggestionFor('clocks', evidence({ clocks: [{ clock: 'response', dueAt: T0, doneAt: T0 + 1, outcome: 'breached' }, { clock: 'resolution', dueAt: T0 + 9, doneAt: null, outcome: 'running' }] })).mark).toBe('missed');
    expect(suggestionFor('clocks', evidence({ clocks: [{ clock: 'resolution', dueAt: T0 + 9, doneAt: null, outcome: 'running' }] })).mark).toBe('na');
    expect(clockOutcome(100, 100, 500)).toBe('met');
    expect(clockOutcome(100, 101, 500)).toBe('breached');
    expect(clockOutcome(100, null, 100)).toBe('running');
    expect(clockOutcome(100, null, 101)).toBe('breached');
  });

  it('solution: none is missed, solved only after "not solved" is partly met, an escalation counts', () => {
    expect(suggestionFor('solution', evidence({ solutions: 0 })).mark).toBe('missed');
    expect(suggestionFor('solution', evidence({ solutions: 2, notSolved: 1 })).mark).toBe('partial');
    expect(suggestionFor('solution', evidence({ solutions: 0, escalations: 1 })).mark).toBe('met');
  });

  it('stages never completed are missed; closing without a survey is partly met', () => {
    const stages = evidence().stages.map((s) => (s.stage === 'greet' || s.stage === 'followUp' ? { ...s, completedAt: null } : s));
    expect(suggestionFor('greetStage', evidence({ stages })).mark).toBe('missed');
    expect(suggestionFor('closing', evidence({ stages })).mark).toBe('missed');
    expect(suggestionFor('closing', evidence({ surveyScore: null })).mark).toBe('partial');
  });

  it('a criterion without a source starts N/A and is not counted as pre-filled', () => {
    const card = { ...defaultScorecard, criteria: [{ ...defaultScorecard.criteria[0]!, id: 'empathy', prefill: null }] };
    expect(prefillMarks(card, evidence())).toEqual([{ criterionId: 'empathy', mark: 'na', prefilled: null, overrideReason: '', note: '', suggestion: null }]);
  });
});
