import { describe, expect, it } from 'vitest';
import { COMPLAINT_PLAN_WITHIN_MS, followUpOutcome, isMissedAt, promisesOfNewCase, strongerFollowUpState } from '../../src/shared/domain/promises';

const due = 1_000_000;

describe('promises kept or missed', () => {
  it('a follow-up is missed only once its time has passed and it is still open', () => {
    expect(isMissedAt({ state: 'due', dueAt: due, doneAt: null }, due)).toBe(false);
    expect(isMissedAt({ state: 'due', dueAt: due, doneAt: null }, due + 1)).toBe(true);
    expect(isMissedAt({ state: 'done', dueAt: due, doneAt: due + 5 }, due + 10)).toBe(false);
    expect(isMissedAt({ state: 'missed', dueAt: due, doneAt: null }, due + 10)).toBe(false);
  });

  it('reports count a late contact as missed, an on-time one as done, an open one as due until its time', () => {
    expect(followUpOutcome({ state: 'done', dueAt: due, doneAt: due }, due + 1)).toBe('done');
    expect(followUpOutcome({ state: 'done', dueAt: due, doneAt: due + 1 }, due + 1)).toBe('missed');
    expect(followUpOutcome({ state: 'missed', dueAt: due, doneAt: null }, due + 1)).toBe('missed');
    expect(followUpOutcome({ state: 'due', dueAt: due, doneAt: null }, due)).toBe('due');
    expect(followUpOutcome({ state: 'due', dueAt: due, doneAt: null }, due + 1)).toBe('missed');
  });

  it('a complaint promises its plan within 48 h of the first contact; a major one is escalated to the lead at once', () => {
    const minor = promisesOfNewCase({ scenario: 'complaint', severity: 'minor', startedAt: 100, recordedAt: 500 });
    expect(minor).toEqual({ complaintPlanDueAt: 100 + COMPLAINT_PLAN_WITHIN_MS, leadEscalation: null });
    const major = promisesOfNewCase({ scenario: 'complaint', severity: 'major', startedAt: 100, recordedAt: 500 });
    expect(major.leadEscalation).toEqual({ target: 'teamLead', feedbackMinutes: 30, at: 500, dueAt: 500 + 30 * 60_000 });
    expect(promisesOfNewCase({ scenario: 'consultation', severity: 'major', startedAt: 100, recordedAt: 500 })).toEqual({ complaintPlanDueAt: null, leadEscalation: null });
  });

  it('done beats missed and missed beats due, in either order (two desktops converge)', () => {
    expect(strongerFollowUpState('missed', 'done')).toBe('done');
    expect(strongerFollowUpState('done', 'missed')).toBe('done');
    expect(strongerFollowUpState('due', 'missed')).toBe('missed');
    expect(strongerFollowUpState('missed', 'due')).toBe('missed');
  });
});
