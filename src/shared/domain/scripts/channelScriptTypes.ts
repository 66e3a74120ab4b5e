/**
 * What each channel other than the phone says differently, as data: its own greet and record
 * stages (a counter greeting for walk-ins; opening and closing lines for chat and email) and,
 * for the written channels, reply templates the agent starts a message from. The confirm, solve
 * and follow-up stages stay the scenario's, so every channel runs the same five stages and gates.
 */
import { z } from 'zod';
import { callStages } from '../../schemas/domainTerms';
import { scriptLineSchema, stageScriptSchema } from './scriptTypes';

/** The channels with lines of their own (the phone uses the scenario scripts as they are). */
export const scriptedChannels = ['walkIn', 'chat', 'email'] as const;
export type ScriptedChannel = (typeof scriptedChannels)[number];

/** A reply template: a script line (same placeholders, same checks) offered at one stage. */
export const replyTemplateSchema = scriptLineSchema.extend({ stage: z.enum(callStages) }).omit({ when: true });
export type ReplyTemplate = z.infer<typeof replyTemplateSchema>;

/**
 * Lines of the scenario's confirm, solve and follow-up stages said otherwise on this channel (a
 * chat is not put on hold, an email customer is not called back "on this line"), keyed
 * `scenario.stage.lineId`, or `*.stage.lineId` for every scenario; the line keeps its condition.
 */
export const lineOverridesSchema = z.record(z.string().regex(/^(\*|[a-zA-Z]+)\.(confirm|solve|followUp)\.[a-z][A-Za-z0-9]*$/), scriptLineSchema.shape.text);

export const channelScriptSchema = z.strictObject({
  greet: stageScriptSchema,
  record: stageScriptSchema,
  templates: z.array(replyTemplateSchema).max(30),
  lines: lineOverridesSchema.optional(),
});
export type ChannelScript = z.infer<typeof channelScriptSchema>;

export type ChannelScriptSet = Record<ScriptedChannel, ChannelScript>;
