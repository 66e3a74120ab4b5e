import { describe, expect, it } from 'vitest';
import { channelScriptFor, defaultChannelScripts, replyTemplatesFor } from '../../src/shared/domain/scripts/channelScripts';
import { channelScriptSchema, scriptedChannels } from '../../src/shared/domain/scripts/channelScriptTypes';
import { scriptFor } from '../../src/shared/domain/scripts/defaultScripts';
import { fillLine, lineText } from '../../src/shared/domain/scripts/fillScript';
import { scriptSchema } from '../../src/shared/domain/scripts/scriptTypes';
import { scenarios } from '../../src/shared/schemas/domainTerms';

describe('channel scripts', () => {
  it('are valid script data in both languages, the English mirroring the Chinese id for id', () => {
    for (const channel of scriptedChannels) {
      const zh = channelScriptSchema.parse(defaultChannelScripts['zh-CN'][channel]);
      const en = channelScriptSchema.parse(defaultChannelScripts.en[channel]);
      for (const stage of ['greet', 'record'] as const) {
        expect(en[stage].lines.map((l) => l.id)).toEqual(zh[stage].lines.map((l) => l.id));
        expect(en[stage].checklist.map((l) => l.id)).toEqual(zh[stage].checklist.map((l) => l.id));
      }
      expect(en.templates.map((t) => `${t.stage}.${t.id}`)).toEqual(zh.templates.map((t) => `${t.stage}.${t.id}`));
    }
  });

  it('give walk-in, chat and email their own greeting and closing over the same five stages; the phone keeps its script', () => {
    for (const scenario of scenarios) {
      expect(channelScriptFor(scenario, 'phone', 'zh-CN')).toEqual(scriptFor(scenario, 'zh-CN'));
      for (const channel of scriptedChannels) {
        const script = scriptSchema.parse(channelScriptFor(scenario, channel, 'zh-CN'));
        expect(Object.keys(script.stages).sort()).toEqual(['confirm', 'followUp', 'greet', 'record', 'solve']);
        // The same solve stage: same lines (some said the channel's way, see channelScriptWording.test.ts) and checklist.
        const solve = scriptFor(scenario, 'zh-CN').stages.solve;
        expect(script.stages.solve.checklist).toEqual(solve.checklist);
        expect(script.stages.solve.lines.map(({ id, when }) => ({ id, when }))).toEqual(solve.lines.map(({ id, when }) => ({ id, when })));
      }
    }
    expect(channelScriptFor('consultation', 'walkIn', 'zh-CN').stages.greet.lines[0]!.text).toContain('欢迎光临');
    expect(channelScriptFor('consultation', 'phone', 'zh-CN').stages.greet.lines[0]!.text).toContain('致电');
  });

  it('offer reply templates for chat and email only, with their placeholders filled and none left raw', () => {
    expect(replyTemplatesFor('phone', 'zh-CN')).toEqual([]);
    expect(replyTemplatesFor('walkIn', 'zh-CN')).toEqual([]);
    const [answer] = replyTemplatesFor('email', 'zh-CN', 'solve');
    const text = lineText(fillLine(answer!.text, { customer: '王女士', product: '滚筒洗衣机', agentName: '李娜', agentNumber: '1102', company: '华信家电' }));
    expect(text).toContain('王女士');
    expect(text).toContain('滚筒洗衣机');
    expect(text).not.toMatch(/[{}]/);
    expect(replyTemplatesFor('chat', 'en', 'greet').length).toBeGreaterThan(0);
  });
});
