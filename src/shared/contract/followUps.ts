import { completeFollowUpInput, listFollowUpsQuery, type FollowUpItem } from '../schemas/workspace';
import type { followUpsChannels } from './channels/followUps';
import type { SliceContract } from './slice';

/** The follow-ups slice. */
export const followUpsContract = {
  /** The follow-up queue: due today, overdue, upcoming or done. */
  listFollowUps: { request: listFollowUpsQuery, reply: {} as FollowUpItem[] },
  completeFollowUp: { request: completeFollowUpInput, reply: {} as FollowUpItem[] },
} satisfies SliceContract<typeof followUpsChannels>;
