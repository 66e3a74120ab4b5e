import type { CaseDetail } from '../schemas/caseDetail';
import { recordReplyInput } from '../schemas/caseReplies';
import type { repliesChannels } from './channels/replies';
import type { SliceContract } from './slice';

/** The replies slice: a reply sent on a chat or email case after its first contact was saved. */
export const repliesContract = {
  /** Records one reply as sent (text, time, the signed-in agent); replies with its case. */
  recordCaseReply: { request: recordReplyInput, reply: {} as CaseDetail },
} satisfies SliceContract<typeof repliesChannels>;
