import { describe, expect, it } from 'vitest';
import { defaultGuardRules, findGuarded, guardRuleSchema, guardRulesSchema, type GuardFinding, type GuardRule } from '../../src/shared/domain/phraseGuard';

const found = (text: string, rules: readonly GuardRule[] = defaultGuardRules) => findGuarded(text, rules).map((f) => ({ text: text.slice(f.start, f.end), rule: f.rule.id }));
const assertOrdered = (findings: GuardFinding[]) => {
  for (let i = 1; i < findings.length; i++) expect(findings[i]!.start).toBeGreaterThanOrEqual(findings[i - 1]!.end);
};

describe('the default guard rules', () => {
  it('are valid data, cover both languages and all four reasons', () => {
    expect(guardRulesSchema.parse(defaultGuardRules)).toEqual(defaultGuardRules);
    expect(new Set(defaultGuardRules.map((r) => r.locale))).toEqual(new Set(['zh-CN', 'en']));
    expect(new Set(defaultGuardRules.map((r) => r.reason))).toEqual(new Set(['negative', 'overPromise', 'blame', 'deflection']));
    const zh = defaultGuardRules.filter((r) => r.locale === 'zh-CN').flatMap((r) => r.phrases);
    expect(zh).toEqual(expect.arrayContaining(['不知道', '不清楚', '不归我管', '没办法', '你自己看', '肯定没问题', '绝对', '保证今天', '这是你的问题']));
    const en = defaultGuardRules.filter((r) => r.locale === 'en').flatMap((r) => r.phrases);
    expect(en).toEqual(expect.arrayContaining(["I don't know", 'not my job', 'calm down', 'I promise', 'guaranteed', 'your fault']));
  });

  it('flag every default phrase, at its exact position, with the rule that lists it', () => {
    for (const rule of defaultGuardRules) {
      for (const phrase of rule.phrases) {
        const text = rule.locale === 'en' ? `Well, ${phrase}.` : `好的，${phrase}。`;
        const findings = findGuarded(text, defaultGuardRules);
        expect(findings, text).toHaveLength(1);
        const [finding] = findings;
        expect(finding?.rule).toBe(rule);
        expect(finding?.phrase).toBe(phrase);
        expect(text.slice(finding?.start, finding?.end)).toBe(phrase);
      }
    }
  });

  it('offer approved alternatives that pass the guard themselves', () => {
    for (const rule of defaultGuardRules) {
      expect(rule.alternatives.length).toBeGreaterThan(0);
      for (const alternative of rule.alternatives) expect(findGuarded(alternative, defaultGuardRules), alternative).toEqual([]);
    }
    const [finding] = findGuarded('这个我不知道。', defaultGuardRules);
    expect(finding?.rule.alternatives).toContain('我帮您核实一下，稍后给您答复');
    expect(finding?.rule.reason).toBe('negative');
  });
});

describe('findGuarded', () => {
  it('matches English case-insensitively, with straight, curly or missing apostrophes and any spacing', () => {
    expect(found("I DON'T KNOW")).toEqual([{ text: "I DON'T KNOW", rule: 'en.unknown' }]);
    expect(found('i don’t know')).toEqual([{ text: 'i don’t know', rule: 'en.unknown' }]);
    expect(found('Sorry, I dont  know.')).toEqual([{ text: 'I dont  know', rule: 'en.unknown' }]);
    expect(found('Please Calm Down, sir. It is GUARANTEED.')).toEqual([
      { text: 'Calm Down', rule: 'en.calm' },
      { text: 'GUARANTEED', rule: 'en.overPromise' },
    ]);
  });

  it('treats 您 and 你 alike', () => {
    expect(found('这是您的问题')).toEqual([{ text: '这是您的问题', rule: 'zh.blame' }]);
    expect(found('您自己看吧')).toEqual([{ text: '您自己看', rule: 'zh.yourself' }]);
  });

  it('finds full-width text and reports positions in the original string', () => {
    const text = '㈱😀好的，Ｉ　ＤＯＮ＇Ｔ　ＫＮＯＷ…不知道！';
    const findings = findGuarded(text, defaultGuardRules);
    expect(findings.map((f) => [f.start, f.end, f.rule.id])).toEqual([
      [6, 18, 'en.unknown'],
      [19, 22, 'zh.unknown'],
    ]);
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(['Ｉ　ＤＯＮ＇Ｔ　ＫＮＯＷ', '不知道']);
    expect(found('Ｉ ｐｒｏｍｉｓｅ')).toEqual([{ text: 'Ｉ ｐｒｏｍｉｓｅ', rule: 'en.overPromise' }]);
  });

  it('finds every occurrence, sorted and never overlapping', () => {
    const text = '不知道……我真的不知道，这个不清楚。绝对没问题，保证今天修好。I promise, I promise!';
    const findings = findGuarded(text, defaultGuardRules);
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(['不知道', '不知道', '不清楚', '绝对', '保证今天', 'I promise', 'I promise']);
    assertOrdered(findings);
  });

  it('prefers the longest phrase at one position instead of reporting overlaps', () => {
    const rules: GuardRule[] = [{ id: 'x', locale: 'zh-CN', reason: 'negative', phrases: ['知道', '不知道', '道'], alternatives: ['我帮您查一下'] }];
    expect(found('不知道', rules)).toEqual([{ text: '不知道', rule: 'x' }]);
    expect(found('我知道', rules)).toEqual([{ text: '知道', rule: 'x' }]);
  });

  it('does not flag innocent text that merely contains the words', () => {
    for (const text of [
      '知道了，我这就帮您查。',
      '我知道您很着急。',
      '如果您不知道订单号，提供手机号也可以。',
      '您不清楚型号的话，看一下机身背面的标签。',
      '客户说屏幕看不清楚，电话里也听不清楚。',
      '不知道您是否方便明天上午接听？',
      '手机没办法开机，也没办法充电。',
      'I know. You know what, I know the answer.',
      'The calm downtown branch has an unguaranteed slot; your faultless record helps.',
      'Knowledge base article 12 explains it.',
    ]) {
      expect(findGuarded(text, defaultGuardRules), text).toEqual([]);
    }
  });

  it('still flags the agent who does not know, next to allowed text', () => {
    expect(found('您不知道订单号没关系，不过我也不知道')).toEqual([{ text: '不知道', rule: 'zh.unknown' }]);
  });

  it('works with an edited rule list: added, removed and changed rules take effect', () => {
    expect(found('这个要看运气。')).toEqual([]);
    const added: GuardRule[] = [...defaultGuardRules, { id: 'zh.luck', locale: 'zh-CN', reason: 'overPromise', phrases: ['看运气'], alternatives: ['我会尽力为您争取'] }];
    expect(found('这个要看运气，不知道。', added)).toEqual([
      { text: '看运气', rule: 'zh.luck' },
      { text: '不知道', rule: 'zh.unknown' },
    ]);
    const removed = defaultGuardRules.filter((r) => r.id !== 'zh.unknown');
    expect(found('这个要看运气，不知道。', removed)).toEqual([]);
    const changed = added.map((r) => (r.id === 'zh.luck' ? { ...r, phrases: ['碰运气'] } : r));
    expect(found('看运气还是碰运气', changed)).toEqual([{ text: '碰运气', rule: 'zh.luck' }]);
    expect(found('看运气还是碰运气', added)).toEqual([{ text: '看运气', rule: 'zh.luck' }]);
  });

  it('returns nothing for empty text or an empty rule list', () => {
    expect(findGuarded('', defaultGuardRules)).toEqual([]);
    expect(findGuarded('不知道', [])).toEqual([]);
  });

  it('the rule schema refuses empty phrases, missing alternatives and duplicate ids', () => {
    const rule = defaultGuardRules[0]!;
    expect(guardRuleSchema.safeParse({ ...rule, phrases: ['  '] }).success).toBe(false);
    expect(guardRuleSchema.safeParse({ ...rule, phrases: [] }).success).toBe(false);
    expect(guardRuleSchema.safeParse({ ...rule, alternatives: [] }).success).toBe(false);
    expect(guardRuleSchema.safeParse({ ...rule, reason: 'rude' }).success).toBe(false);
    expect(guardRulesSchema.safeParse([rule, rule]).success).toBe(false);
  });
});
