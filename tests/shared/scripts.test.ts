import { describe, expect, it } from 'vitest';
import { findGuarded } from '../../src/shared/domain/phraseGuard';
import { defaultScripts, scriptFor } from '../../src/shared/domain/scripts/defaultScripts';
import { linesFor, type LineContext } from '../../src/shared/domain/scripts/scriptAudience';
import { fillLine, lineText, placeholdersIn, salutationOf, type PlaceholderValues } from '../../src/shared/domain/scripts/fillScript';
import { placeholders, scriptSchema, scriptSetSchema, type Script, type StageScript } from '../../src/shared/domain/scripts/scriptTypes';
import { callStages, scenarios } from '../../src/shared/schemas/domainTerms';
import { locales } from '../../src/shared/schemas/settings';

const allLines = (scripts: readonly Script[]) => scripts.flatMap((s) => callStages.flatMap((stage) => s.stages[stage].lines.map((line) => ({ script: s, stage, line }))));

const fullValues: Required<PlaceholderValues> = {
  company: '星河家电',
  customer: '王女士',
  agentName: '李静',
  agentNumber: '1024',
  product: '双开门冰箱',
  orderNo: 'SO20261123001',
  engineer: '陈师傅',
  visitDate: '11月25日',
  timeSlot: '上午9点到12点',
  expectedWait: '2分钟',
  transferTarget: '技术支持组',
  feedbackTime: '15分钟',
  escalationTarget: '投诉专员',
};

describe('default scripts', () => {
  it('every one parses with the schema, and the whole set does too', () => {
    for (const script of defaultScripts) expect(scriptSchema.parse(script)).toEqual(script);
    expect(scriptSetSchema.safeParse(defaultScripts).success).toBe(true);
  });

  // Up to 6 lines: a stage may hold lines for one kind of call only (a new caller, after a transfer),
  // and solving a complaint offers both an escalation and a transfer.
  it('cover all 6 scenarios × 5 stages × 2 locales, with 2–6 lines and 2–5 checklist items per stage', () => {
    expect(defaultScripts).toHaveLength(scenarios.length * locales.length);
    for (const scenario of scenarios) {
      for (const locale of locales) {
        const matching = defaultScripts.filter((s) => s.scenario === scenario && s.locale === locale);
        expect(matching, `${scenario}/${locale}`).toHaveLength(1);
        const script = matching[0] as Script;
        expect(Object.keys(script.stages).sort()).toEqual([...callStages].sort());
        for (const stage of callStages) {
          const { lines, checklist } = script.stages[stage];
          expect(lines.length, `${scenario}/${locale}/${stage} lines`).toBeGreaterThanOrEqual(2);
          expect(lines.length).toBeLessThanOrEqual(6);
          expect(checklist.length, `${scenario}/${locale}/${stage} checklist`).toBeGreaterThanOrEqual(2);
          expect(checklist.length).toBeLessThanOrEqual(5);
        }
      }
    }
  });

  it('use only known placeholders, and between them use every one', () => {
    const used = new Set<string>();
    for (const { line } of allLines(defaultScripts)) {
      for (const [, name] of line.text.matchAll(/\{([^}]*)\}/g)) {
        expect(placeholders, line.text).toContain(name);
        used.add(name ?? '');
      }
    }
    expect([...used].sort()).toEqual([...placeholders].sort());
    for (const s of defaultScripts) for (const stage of callStages) for (const item of s.stages[stage].checklist) expect(item.text).not.toMatch(/[{}]/);
  });

  it('have the same line and checklist ids, audiences and placeholders in Chinese and English', () => {
    const shape = (stage: StageScript) => ({
      lines: stage.lines.map((line) => ({ id: line.id, when: line.when ?? 'always', needs: placeholdersIn(line.text).sort() })),
      checklist: stage.checklist.map((item) => item.id),
    });
    for (const scenario of scenarios) {
      const zh = scriptFor(scenario, 'zh-CN');
      const en = scriptFor(scenario, 'en');
      expect(zh.locale).toBe('zh-CN');
      expect(en.locale).toBe('en');
      for (const stage of callStages) expect(shape(en.stages[stage]), `${scenario}/${stage}`).toEqual(shape(zh.stages[stage]));
    }
  });

  it('greet with the company and the agent, and close with thanks for named and anonymous callers alike', () => {
    for (const script of defaultScripts) {
      const greetNeeds = script.stages.greet.lines.flatMap((line) => placeholdersIn(line.text));
      expect(greetNeeds).toEqual(expect.arrayContaining(['company', 'agentName', 'agentNumber']));
      const audiences = script.stages.record.lines.map((line) => line.when ?? 'always');
      expect(audiences).toEqual(expect.arrayContaining(['named', 'anonymous']));
    }
  });

  it('say nothing the phrase guard would flag', () => {
    for (const { script, stage, line } of allLines(defaultScripts)) expect(findGuarded(line.text), `${script.scenario}/${script.locale}/${stage}/${line.id}`).toEqual([]);
    for (const s of defaultScripts) for (const stage of callStages) for (const item of s.stages[stage].checklist) expect(findGuarded(item.text)).toEqual([]);
  });
});

describe('the solve stage after a transfer or an escalation', () => {
  // The scenarios whose solve stage can hand the call on at all.
  const solveIds = (context: LineContext) =>
    scenarios
      .filter((scenario) => scriptFor(scenario, 'zh-CN').stages.solve.lines.some((l) => l.id === 'transfer'))
      .flatMap((scenario) => (['zh-CN', 'en'] as const).map((locale) => linesFor(scriptFor(scenario, locale).stages.solve.lines, context).map((l) => l.id)));
  const base: LineContext = { caller: 'known', transferred: false, escalated: false };

  it('offers both ways on before either is taken', () => {
    for (const ids of solveIds(base)) expect(ids).toContain('transfer');
  });

  it('no longer says "I am transferring you, please hold" once the call is escalated, nor the escalation line after a transfer', () => {
    for (const ids of solveIds({ ...base, escalated: true })) expect(ids).not.toContain('transfer');
    for (const ids of solveIds({ ...base, transferred: true })) expect(ids.includes('transfer') && !ids.includes('escalate')).toBe(true);
    expect(solveIds(base).filter((ids) => ids.includes('escalate')).length).toBeGreaterThan(0);
  });
});

describe('scriptFor', () => {
  const custom = (locale: Script['locale'], version: number, text: string): Script => {
    const base = scriptFor('order', 'zh-CN');
    return { ...base, locale, version, stages: { ...base.stages, greet: { ...base.stages.greet, lines: [{ id: 'open', text }] } } };
  };

  it('falls back to the Chinese script when a locale is missing, and picks the newest version', () => {
    const scripts = [custom('zh-CN', 1, '旧版'), custom('zh-CN', 3, '新版'), custom('zh-CN', 2, '中间版')];
    expect(scriptFor('order', 'en', scripts).stages.greet.lines[0]?.text).toBe('新版');
    expect(scriptFor('order', 'zh-CN', [...scripts, custom('en', 1, 'English')]).stages.greet.lines[0]?.text).toBe('新版');
    expect(scriptFor('order', 'en', [...scripts, custom('en', 1, 'English')]).stages.greet.lines[0]?.text).toBe('English');
  });

  it('uses the built-in script when an edited set lacks the scenario', () => {
    expect(scriptFor('complaint', 'en', [custom('zh-CN', 1, '只有订单')])).toBe(scriptFor('complaint', 'en'));
    expect(scriptFor('afterSales', 'en', []).locale).toBe('en');
  });
});

describe('fillLine', () => {
  it('fills every placeholder of every default line: no brace and no blank is left', () => {
    for (const { line } of allLines(defaultScripts)) {
      const parts = fillLine(line.text, fullValues);
      expect(parts.some((part) => part.kind === 'blank')).toBe(false);
      const text = lineText(parts);
      expect(text).not.toMatch(/[{}]/);
      for (const name of placeholdersIn(line.text)) expect(text).toContain(fullValues[name]);
    }
  });

  it('turns missing, null and empty values into visible blanks, never a raw {token}', () => {
    for (const { line } of allLines(defaultScripts)) {
      const parts = fillLine(line.text, { company: null, customer: '  ' });
      const blanks = parts.flatMap((part) => (part.kind === 'blank' ? [part.name] : []));
      expect(new Set(blanks)).toEqual(new Set(placeholdersIn(line.text)));
      expect(lineText(parts)).not.toMatch(/[{}]/);
      expect(lineText(parts, '…').includes('____')).toBe(false);
    }
  });

  it('splits a line into text, values and blanks in order', () => {
    const parts = fillLine('您好，欢迎致电{company}，我是{agentName}（工号{agentNumber}）。', { company: ' 星河家电 ', agentNumber: '' });
    expect(parts).toEqual([
      { kind: 'text', text: '您好，欢迎致电' },
      { kind: 'value', name: 'company', text: '星河家电' },
      { kind: 'text', text: '，我是' },
      { kind: 'blank', name: 'agentName' },
      { kind: 'text', text: '（工号' },
      { kind: 'blank', name: 'agentNumber' },
      { kind: 'text', text: '）。' },
    ]);
    expect(lineText(parts)).toBe('您好，欢迎致电星河家电，我是____（工号____）。');
    expect(lineText(parts, '＿')).toBe('您好，欢迎致电星河家电，我是＿（工号＿）。');
    expect(fillLine('{customer}', { customer: 'Ms Wang' })).toEqual([{ kind: 'value', name: 'customer', text: 'Ms Wang' }]);
    expect(fillLine('no slots here', {})).toEqual([{ kind: 'text', text: 'no slots here' }]);
  });

  it('placeholdersIn lists each known placeholder once, in order', () => {
    expect(placeholdersIn('{transferTarget} … {expectedWait} … {transferTarget}')).toEqual(['transferTarget', 'expectedWait']);
    expect(placeholdersIn('{nope} and {product}')).toEqual(['product']);
    expect(placeholdersIn('plain')).toEqual([]);
  });
});

describe('salutationOf', () => {
  it('gives surname + title in Chinese and title + pinyin surname in English', () => {
    expect(salutationOf('王建国', 'ms', 'zh-CN')).toBe('王女士');
    expect(salutationOf('王建国', 'ms', 'en')).toBe('Ms Wang');
    expect(salutationOf('张伟', 'mr', 'zh-CN')).toBe('张先生');
    expect(salutationOf('张伟', 'mr', 'en')).toBe('Mr Zhang');
    expect(salutationOf(' 吕小燕 ', 'MS', 'en')).toBe('Ms Lyu');
  });

  it('knows compound surnames', () => {
    expect(salutationOf('欧阳娜娜', 'ms', 'zh-CN')).toBe('欧阳女士');
    expect(salutationOf('欧阳娜娜', 'ms', 'en')).toBe('Ms Ouyang');
    expect(salutationOf('司马光', 'mr', 'zh-CN')).toBe('司马先生');
  });

  it('uses the last word of a Latin-script name, and the Han surname when its spelling is unknown', () => {
    expect(salutationOf('Anna  Smith', 'ms', 'en')).toBe('Ms Smith');
    expect(salutationOf('Anna Smith', 'ms', 'zh-CN')).toBe('Smith女士');
    expect(salutationOf('亓明', 'mr', 'en')).toBe('Mr 亓');
  });

  it('falls back to the full name without a known salutation, and to nothing without a name', () => {
    expect(salutationOf('王建国', null, 'zh-CN')).toBe('王建国');
    expect(salutationOf('王建国', undefined, 'en')).toBe('王建国');
    expect(salutationOf('王建国', 'dr', 'en')).toBe('王建国');
    expect(salutationOf('   ', 'ms', 'zh-CN')).toBe('');
  });
});

describe('the script schema', () => {
  const base = scriptFor('consultation', 'zh-CN');
  const withGreet = (greet: unknown) => ({ ...base, stages: { ...base.stages, greet } });
  const issues = (value: unknown) => {
    const result = scriptSchema.safeParse(value);
    return result.success ? [] : result.error.issues.map((issue) => issue.message);
  };

  it('accepts a valid edited line', () => {
    expect(issues(withGreet({ lines: [{ id: 'open', text: '您好，{company}客服{agentName}为您服务。' }], checklist: [] }))).toEqual([]);
  });

  it('rejects an unknown placeholder and a stray brace', () => {
    expect(issues(withGreet({ lines: [{ id: 'open', text: '您好，{companyName}' }], checklist: [] }))).toEqual(['unknown placeholder {companyName}']);
    expect(issues(withGreet({ lines: [{ id: 'open', text: '您好，{company' }], checklist: [] }))).toEqual(['stray brace']);
    expect(issues(withGreet({ lines: [{ id: 'open', text: '您好' }], checklist: [{ id: 'a', text: '报出{company}' }] })).length).toBe(1);
  });

  it('rejects empty and blank lines', () => {
    expect(issues(withGreet({ lines: [{ id: 'open', text: '' }], checklist: [] }))).toContain('empty');
    expect(issues(withGreet({ lines: [{ id: 'open', text: ' \n ' }], checklist: [] }))).toContain('empty');
    expect(issues(withGreet({ lines: [], checklist: [] })).length).toBe(1);
  });

  it('rejects duplicate ids', () => {
    expect(issues(withGreet({ lines: [{ id: 'open', text: '一' }, { id: 'open', text: '二' }], checklist: [] }))).toEqual(['duplicate line id']);
    expect(issues(withGreet({ lines: [{ id: 'open', text: '一' }], checklist: [{ id: 'a', text: '一' }, { id: 'a', text: '二' }] }))).toEqual(['duplicate checklist id']);
    expect(scriptSetSchema.safeParse([base, base]).success).toBe(false);
  });

  it('rejects a script missing a stage or with an unknown locale', () => {
    const { record: _record, ...fourStages } = base.stages;
    expect(scriptSchema.safeParse({ ...base, stages: fourStages }).success).toBe(false);
    expect(scriptSchema.safeParse({ ...base, locale: 'fr' }).success).toBe(false);
    expect(scriptSchema.safeParse({ ...base, version: 0 }).success).toBe(false);
  });
});
