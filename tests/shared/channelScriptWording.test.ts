import { describe, expect, it } from 'vitest';
import { channelScriptFor, defaultChannelScripts } from '../../src/shared/domain/scripts/channelScripts';
import { channelScriptSchema, scriptedChannels } from '../../src/shared/domain/scripts/channelScriptTypes';
import { scriptFor } from '../../src/shared/domain/scripts/defaultScripts';
import { scenarios } from '../../src/shared/schemas/domainTerms';

const middle = ['confirm', 'solve', 'followUp'] as const;
const phoneWords = { 'zh-CN': /来电|挂断|电话里|打电话|在线等候|留意来电/, en: /on the line|\bhold\b|over the phone|give us a call|please call us|call you to check everything|phone nearby/i } as const;

describe('chat, email and walk-in scripts do not speak of a phone call', () => {
  it.each(['zh-CN', 'en'] as const)('%s: no confirm, solve or follow-up line of any scenario talks of calling, holding or the line', (locale) => {
    for (const channel of scriptedChannels) {
      for (const scenario of scenarios) {
        const script = channelScriptFor(scenario, channel, locale);
        for (const stage of middle) for (const line of script.stages[stage].lines) expect(`${channel} ${scenario}.${stage}.${line.id}: ${line.text}`).not.toMatch(phoneWords[locale]);
      }
    }
  });

  it.each(['zh-CN', 'en'] as const)('%s: every override names a line that exists, keeps the line’s condition and passes the script schema', (locale) => {
    for (const channel of scriptedChannels) {
      const own = defaultChannelScripts[locale][channel];
      expect(channelScriptSchema.safeParse(own).success).toBe(true);
      for (const key of Object.keys(own.lines ?? {})) {
        const [scenario, stage, id] = key.split('.') as [string, (typeof middle)[number], string];
        const inScenarios = scenario === '*' ? scenarios : scenarios.filter((s) => s === scenario);
        const found = inScenarios.filter((s) => scriptFor(s, locale).stages[stage].lines.some((l) => l.id === id));
        expect(found.length, `${locale} ${channel} ${key}`).toBeGreaterThan(0);
        for (const s of found) {
          const base = scriptFor(s, locale).stages[stage].lines.find((l) => l.id === id)!;
          expect(channelScriptFor(s, channel, locale).stages[stage].lines.find((l) => l.id === id)).toEqual({ ...base, text: own.lines![key] });
        }
      }
    }
  });

  it('the phone keeps the scenario’s own lines', () => {
    expect(channelScriptFor('consultation', 'phone', 'zh-CN').stages.solve.lines.find((l) => l.id === 'transfer')?.text).toContain('请先不要挂断');
  });
});
