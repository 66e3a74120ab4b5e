import { describe, expect, it } from 'vitest';
import { overridesWithoutReason, scoreOf, unmarkedCriteria, type CriterionMark } from '../../src/shared/domain/quality/score';
import { defaultScorecard, scorecardAt, type QualityMark, type Scorecard } from '../../src/shared/domain/quality/scorecard';

const card: Scorecard = {
  id: 'c',
  version: 1,
  effectiveFrom: 0,
  criteria: [
    { id: 'a', weight: 50, title: { 'zh-CN': '甲', en: 'A' }, guidance: { 'zh-CN': '', en: '' }, prefill: null },
    { id: 'b', weight: 30, title: { 'zh-CN': '乙', en: 'B' }, guidance: { 'zh-CN': '', en: '' }, prefill: null },
    { id: 'c', weight: 20, title: { 'zh-CN': '丙', en: 'C' }, guidance: { 'zh-CN': '', en: '' }, prefill: null },
  ],
};
const mark = (criterionId: string, m: QualityMark, prefilled: QualityMark | null = null, overrideReason = ''): CriterionMark => ({ criterionId, mark: m, prefilled, overrideReason, note: '' });

describe('scorecard arithmetic', () => {
  it('weights each criterion: met earns all its weight, partly met half, missed none', () => {
    expect(scoreOf(card, [mark('a', 'met'), mark('b', 'met'), mark('c', 'met')])).toBe(100);
    expect(scoreOf(card, [mark('a', 'met'), mark('b', 'partial'), mark('c', 'missed')])).toBe(65);
    expect(scoreOf(card, [mark('a', 'missed'), mark('b', 'missed'), mark('c', 'missed')])).toBe(0);
  });

  it('leaves N/A criteria out of both sides of the division', () => {
    // a and c apply: (50·1 + 20·0) / 70 = 71.43 → 71.4
    expect(scoreOf(card, [mark('a', 'met'), mark('b', 'na'), mark('c', 'missed')])).toBe(71.4);
    expect(scoreOf(card, [mark('a', 'na'), mark('b', 'met'), mark('c', 'na')])).toBe(100);
  });

  it('has no score when nothing applies', () => {
    expect(scoreOf(card, [mark('a', 'na'), mark('b', 'na'), mark('c', 'na')])).toBeNull();
    expect(scoreOf(card, [])).toBeNull();
  });

  it('ignores marks for criteria the card does not have', () => {
    expect(scoreOf(card, [mark('a', 'met'), mark('b', 'met'), mark('c', 'met'), mark('zzz', 'missed')])).toBe(100);
  });

  it('rounds to one decimal', () => {
    const thirds: Scorecard = { ...card, criteria: card.criteria.map((c) => ({ ...c, weight: 1 })) };
    expect(scoreOf(thirds, [mark('a', 'met'), mark('b', 'missed'), mark('c', 'missed')])).toBe(33.3);
    expect(scoreOf(thirds, [mark('a', 'met'), mark('b', 'met'), mark('c', 'missed')])).toBe(66.7);
  });

  it('the built-in card weighs to 100 and scores a perfect call 100', () => {
    expect(defaultScorecard.criteria.reduce((s, c) => s + c.weight, 0)).toBe(100);
    expect(scoreOf(defaultScorecard, defaultScorecard.criteria.map((c) => mark(c.id, 'met')))).toBe(100);
  });

  it('asks for a reason where the lead overrides the evidence, and names unmarked criteria', () => {
    const marks = [mark('a', 'met', 'missed'), mark('b', 'missed', 'met', '客户中途挂断'), mark('c', 'met', 'met')];
    expect(overridesWithoutReason(marks)).toEqual(['a']);
    expect(overridesWithoutReason([mark('a', 'met', 'missed', '   ')])).toEqual(['a']);
    expect(unmarkedCriteria(card, [mark('a', 'met')])).toEqual(['b', 'c']);
  });
});

describe('scorecard versions', () => {
  const v2: Scorecard = { ...card, id: 'c2', version: 2, effectiveFrom: 1_000 };
  const v3: Scorecard = { ...card, id: 'c3', version: 3, effectiveFrom: 5_000 };
  it('scores a call on the version in force when it began, never a later one', () => {
    expect(scorecardAt([v2, v3], 999)).toBe(defaultScorecard);
    expect(scorecardAt([v2, v3], 1_000)).toBe(v2);
    expect(scorecardAt([v3, v2], 4_999)).toBe(v2);
    expect(scorecardAt([v2, v3], 6_000)).toBe(v3);
  });
});
