/** The script a channel runs: the scenario's five stages with the channel's own greeting and closing, and its reply templates. */
import type { Channel } from '../../schemas/case';
import type { CallStage, Scenario } from '../../schemas/domainTerms';
import type { Locale } from '../../schemas/settings';
import { enChannelScripts } from './channelScripts.en';
import { zhCNChannelScripts } from './channelScripts.zhCN';
import type { ChannelScriptSet, ReplyTemplate, ScriptedChannel } from './channelScriptTypes';
import { defaultScripts, scriptFor } from './defaultScripts';
import type { Script } from './scriptTypes';

export const defaultChannelScripts: Record<Locale, ChannelScriptSet> = { 'zh-CN': zhCNChannelScripts, en: enChannelScripts };

const scripted = (channel: Channel): channel is ScriptedChannel => channel !== 'phone';

/**
 * The scenario's script for this channel: the phone runs it as written; walk-in, chat and email
 * replace the greet and record stages with their own (same gates, same checklists' purpose).
 */
export function channelScriptFor(scenario: Scenario, channel: Channel, locale: Locale, scripts: readonly Script[] = defaultScripts): Script {
  const base = scriptFor(scenario, locale, scripts);
  if (!scripted(channel)) return base;
  const own = defaultChannelScripts[locale][channel];
  const said = (stage: 'confirm' | 'solve' | 'followUp') => {
    const lines = base.stages[stage].lines.map((line) => {
      const text = own.lines?.[`${scenario}.${stage}.${line.id}`] ?? own.lines?.[`*.${stage}.${line.id}`];
      return text === undefined ? line : { ...line, text };
    });
    return { ...base.stages[stage], lines };
  };
  return { ...base, stages: { ...base.stages, greet: own.greet, record: own.record, confirm: said('confirm'), solve: said('solve'), followUp: said('followUp') } };
}

/** The reply templates of a written channel (chat, email) for a stage; none for phone and walk-in. */
export function replyTemplatesFor(channel: Channel, locale: Locale, stage?: CallStage): ReplyTemplate[] {
  if (!scripted(channel)) return [];
  const all = defaultChannelScripts[locale][channel].templates;
  return stage ? all.filter((t) => t.stage === stage) : all;
}

/** Whether the agent answers in writing, so each reply is recorded as sent. */
export const writtenChannel = (channel: Channel): boolean => channel === 'chat' || channel === 'email';
