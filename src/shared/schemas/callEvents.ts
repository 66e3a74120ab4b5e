import { z } from 'zod';
import { optionalText, phoneSchema } from './case';

/** What a softphone or CTI middleware may post for a call. */
export const telephonyEventKinds = ['ring', 'answer', 'hold', 'resume', 'transfer', 'hangup'] as const;
export type TelephonyEventKind = (typeof telephonyEventKinds)[number];

/** What is recorded for a call: the telephony events, and mute / unmute from the agent's own buttons. */
export const callEventKinds = [...telephonyEventKinds, 'mute', 'unmute'] as const;
export type CallEventKind = (typeof callEventKinds)[number];

export const callEventSources = ['telephony', 'agent'] as const;
export type CallEventSource = (typeof callEventSources)[number];

/** A call id as a softphone names it (or the call draft's id): letters, digits and . _ : - only. */
export const callRefSchema = z
  .string({ error: (issue) => (issue.input === undefined ? 'required' : 'invalidType') })
  .min(1, 'required')
  .max(64, 'tooLong')
  .regex(/^[A-Za-z0-9._:-]+$/, 'invalid');

const epochMs = z.number({ error: 'invalidType' }).int('invalid').min(0, 'invalid').max(8_640_000_000_000, 'invalid');

/**
 * One event posted to the local telephony endpoint (`POST /call-events`). `at` is when it
 * happened by the softphone's clock (absent: when it arrived); `target` names where a transfer
 * went.
 */
export const telephonyEventSchema = z.strictObject({
  event: z.enum(telephonyEventKinds, 'invalidChoice'),
  callId: callRefSchema,
  callerNumber: phoneSchema.optional(),
  at: epochMs.optional(),
  target: optionalText(64).optional(),
}).superRefine((e, ctx) => {
  // The ring pops the caller's record: it must say who is calling.
  if (e.event === 'ring' && e.callerNumber === undefined) ctx.addIssue({ code: 'custom', path: ['callerNumber'], message: 'required' });
});
export type TelephonyEvent = z.output<typeof telephonyEventSchema>;

/** An event as recorded. */
export interface CallEventRow {
  id: string;
  callRef: string;
  kind: CallEventKind;
  at: number;
  source: CallEventSource;
  callerNumber: string | null;
  data: Record<string, unknown>;
}

/** An event the agent's own buttons record (no softphone, or mute which softphones do not report). */
export const agentCallEventInput = z.strictObject({
  callRef: callRefSchema,
  kind: z.enum(callEventKinds, 'invalidChoice'),
  callerNumber: phoneSchema.nullable().optional(),
  target: optionalText(64).optional(),
});
