import { z } from 'zod';
import { callDraftSchema, type CallDraft } from '../schemas/callDraft';
import { entityId } from '../schemas/case';
import { wrapUpInput } from '../schemas/caseActions';
import type { CaseDetail } from '../schemas/caseDetail';
import type { callsChannels } from './channels/calls';
import { none, type SliceContract } from './slice';

/** The calls slice: the call in progress, its draft and wrap-up. */
export const callsContract = {
  saveWrapUp: { request: wrapUpInput, reply: {} as CaseDetail },
  /** The call in progress, saved on every change; resumed by openCallDraft after a crash or restart. */
  saveCallDraft: { request: z.strictObject({ draft: callDraftSchema }), reply: {} as { savedAt: number } },
  openCallDraft: { request: none, reply: {} as CallDraft | null },
  discardCallDraft: { request: z.strictObject({ id: entityId }), reply: {} as { discarded: boolean } },
  /** Saves a finished call as one transaction (customer, case, events, follow-ups, outbox); refused while a gate is closed. */
  finishCall: { request: z.strictObject({ draft: callDraftSchema }), reply: {} as CaseDetail },
} satisfies SliceContract<typeof callsChannels>;
