import { z } from 'zod';
import type { ClockFacts } from '../domain/caseClocks';
import { agentCallEventInput, callRefSchema, type CallEventRow } from '../schemas/callEvents';
import { entityId } from '../schemas/case';
import type { telephonyChannels } from './channels/telephony';
import type { SliceContract } from './slice';

/** The telephony slice: what the call controls record, the events of a call, and what a case's clocks are measured from. */
export const telephonyContract = {
  /** An event from the agent's own buttons (ring/answer with no softphone, hold, resume, mute, hangup); stored like a softphone's. */
  recordCallEvent: { request: agentCallEventInput, reply: {} as CallEventRow },
  listCallEvents: { request: z.strictObject({ callRef: callRefSchema }), reply: {} as CallEventRow[] },
  /** The recorded events the case's clocks run from (the renderer ticks them with `caseClocks`). */
  getCaseClockFacts: { request: z.strictObject({ caseId: entityId }), reply: {} as ClockFacts },
} satisfies SliceContract<typeof telephonyChannels>;
