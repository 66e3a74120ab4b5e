import { describe, expect, it } from 'vitest';
import {
  clauseOf,
  defaultGuardRules,
  findGuarded,
  guardKeptSchema,
  keptInText,
  replaceClause,
  unresolvedFindings,
  type GuardKept,
  type GuardRule,
} from '../../src/shared/domain/phraseGuard';

const found = (text: string) => findGuarded(text).map((f) => ({ text: text.slice(f.start, f.end), reason: f.rule.reason }));

describe('the phrase guard catches blame, deflection and over-promises', () => {
  it('flags the three phrases the issue names, each in its category', () => {
    expect(found('这不是我们的问题')).toEqual([{ text: '这不是我们的问题', reason: 'blame' }]);
    expect(found('这个我们不负责。')).toEqual([{ text: '我们不负责', reason: 'deflection' }]);
    expect(found('您放心，肯定给您全额退款')).toEqual([{ text: '肯定给您全额退款', reason: 'overPromise' }]);
  });

  it('flags more Chinese variants of each', () => {
    for (const [text, reason] of [
      ['那不是我们这边的问题', 'blame'],
      ['是快递的问题，您找快递吧', 'blame'],
      ['不是我们的错', 'blame'],
      ['这个跟我们没关系', 'deflection'],
      ['这事不归我们管', 'deflection'],
      ['您去找厂家', 'deflection'],
      ['损坏概不负责', 'deflection'],
      ['一定给你退款', 'overPromise'],
      ['保证三天内全额退钱', 'overPromise'],
      ['肯定能赔给您', 'overPromise'],
      ['百分百能修好', 'overPromise'],
    ] as const) {
      const findings = found(text);
      expect(findings.length, text).toBeGreaterThan(0);
      expect(findings[0]!.reason, text).toBe(reason);
    }
  });

  it('flags English variants of each', () => {
    for (const [text, reason] of [
      ["That's not our problem.", 'blame'],
      ["It's the courier's fault.", 'blame'],
      ["Sorry, we're not responsible for that.", 'deflection'],
      ['That has nothing to do with us.', 'deflection'],
      ['Please take it up with the shop.', 'deflection'],
      ["You'll definitely get a full refund.", 'overPromise'],
      ['We will definitely give you a refund.', 'overPromise'],
    ] as const) {
      const findings = found(text);
      expect(findings.length, text).toBeGreaterThan(0);
      expect(findings[0]!.reason, text).toBe(reason);
    }
  });

  it('leaves honest sentences about refunds and responsibility alone', () => {
    for (const text of [
      '退款需要审核，我不能保证今天到账',
      '不一定能全额退款，要看检测结果',
      '我们负责上门取件',
      '负责的同事会给您回电',
      '肯定。退款的事我帮您问一下', // the gap never crosses a clause
      "I can't guarantee a refund today, but I'll submit the request now.",
      'We are responsible for the return shipping.',
    ]) {
      expect(findGuarded(text), text).toEqual([]);
    }
  });
});

describe('replacing a flagged clause', () => {
  it('replaces the whole clause, so no word is doubled (这个我我帮您… was the bug)', () => {
    const text = '这个我不知道';
    const [finding] = findGuarded(text);
    expect(replaceClause(text, finding!, '我帮您核实一下，稍后给您答复').text).toBe('我帮您核实一下，稍后给您答复');
  });

  it('keeps the clauses around it and the text punctuation, dropping the alternative own stop', () => {
    const text = '好的，这个我们不负责。您还有别的问题吗？';
    const [finding] = findGuarded(text);
    expect(clauseOf(text, finding!)).toEqual({ start: 3, end: 10 });
    const result = replaceClause(text, finding!, '我先把情况记录下来，联系负责的同事后给您回电。');
    expect(result.text).toBe('好的，我先把情况记录下来，联系负责的同事后给您回电。您还有别的问题吗？');
    expect(result.replaced).toBe('这个我们不负责');
    expect(result.text.slice(0, result.caret)).toBe('好的，我先把情况记录下来，联系负责的同事后给您回电');
  });

  it('capitalises English at a sentence start and not after a comma', () => {
    const mid = "Sorry, I don't know.";
    expect(replaceClause(mid, findGuarded(mid)[0]!, 'Let me check that for you and get back to you shortly.').text).toBe('Sorry, let me check that for you and get back to you shortly.');
    const first = "I don't know. Anything else?";
    expect(replaceClause(first, findGuarded(first)[0]!, 'Let me check that for you.').text).toBe('Let me check that for you. Anything else?');
    const keepI = 'Well, calm down';
    expect(replaceClause(keepI, findGuarded(keepI)[0]!, "I understand how frustrating this is.").text).toBe('Well, I understand how frustrating this is.');
  });

  it('gives readable text for every rule, phrase and alternative, in every position', () => {
    const zhContexts = (p: string) => [`这个${p}`, `好的，这个我${p}，您稍等。`, `${p}。`, `嗯……${p}！`];
    const enContexts = (p: string) => [`Sorry, ${p}.`, `${p}, sorry.`, `OK. ${p} and that is it!`];
    for (const rule of defaultGuardRules) {
      for (const phrase of rule.phrases) {
        const sample = phrase.replaceAll('*', rule.locale === 'en' ? 'get a' : '给您');
        for (const text of rule.locale === 'en' ? enContexts(sample) : zhContexts(sample)) {
          const finding = findGuarded(text).find((f) => f.rule === rule);
          expect(finding, `${rule.id}: ${text}`).toBeDefined();
          for (const alternative of rule.alternatives) {
            const { text: out, caret } = replaceClause(text, finding!, alternative);
            const label = `${text} → ${out}`;
            expect(findGuarded(out), label).toEqual([]);
            expect(out, label).not.toMatch(/[，。！？,.!?]{2}|我我|\s{2}/);
            expect(out.slice(0, caret).endsWith(alternative.replace(/[。！.!]+$/u, '').slice(1)), label).toBe(true);
            if (rule.locale === 'en') expect(out, label).toMatch(/^[A-Z]/);
          }
        }
      }
    }
  });
});

describe('keeping flagged text as written', () => {
  const kept = (over: Partial<GuardKept> = {}): GuardKept => ({ field: 'record.notes', ruleId: 'zh.refundPromise', phrase: '肯定*退款', category: 'overPromise', reason: '客户要求原话记录', ...over });
  const notes = { field: 'record.notes', text: '客户问能否退，我说肯定给您全额退款。' };

  it('leaves a flagged phrase unresolved until it is kept for that field', () => {
    expect(unresolvedFindings([notes], []).map((u) => [u.field, u.finding.phrase])).toEqual([['record.notes', '肯定*退款']]);
    expect(unresolvedFindings([notes], [kept()])).toEqual([]);
    expect(unresolvedFindings([notes], [kept({ field: 'solve.solution' })])).toHaveLength(1);
  });

  it('records only decisions that still apply, with the clause they were kept in', () => {
    expect(keptInText([notes], [kept(), kept({ ruleId: 'zh.unknown', phrase: '不知道' })])).toEqual([{ ...kept(), excerpt: '我说肯定给您全额退款' }]);
    expect(keptInText([{ field: 'record.notes', text: '已提交退款申请' }], [kept()])).toEqual([]);
  });

  it('refuses a decision without a reason', () => {
    expect(guardKeptSchema.safeParse(kept()).success).toBe(true);
    const empty = guardKeptSchema.safeParse(kept({ reason: '   ' }));
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0]?.message).toBe('keepReasonRequired');
    expect(guardKeptSchema.safeParse(kept({ category: 'rude' as never })).success).toBe(false);
  });

  it('works with an edited rule list', () => {
    const rules: GuardRule[] = [{ id: 'x.luck', locale: 'zh-CN', reason: 'overPromise', phrases: ['稳赚'], alternatives: ['收益要看具体情况'] }];
    expect(unresolvedFindings([{ field: 'note', text: '稳赚不赔' }], [], rules)).toHaveLength(1);
  });
});
