import { z } from 'zod';
import { returnActSchema } from '../domain/returnFlow';
import { entityId } from '../schemas/case';
import type { CaseDetail } from '../schemas/caseDetail';
import type { returnsChannels } from './channels/returns';
import type { SliceContract } from './slice';

/** The returns slice: each step of a return after its request, recorded from the case detail or the team view. */
export const returnsContract = {
  /** One act on a return (approve, refuse, confirm method, ship, receive, process); replies with its case. */
  advanceReturn: { request: z.strictObject({ returnId: entityId, act: returnActSchema }), reply: {} as CaseDetail },
} satisfies SliceContract<typeof returnsChannels>;
