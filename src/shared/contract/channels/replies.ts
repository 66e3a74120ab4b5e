/** Channels of the replies slice (chat and email replies on a saved case). Import-free, so the preload bundles it without zod. */
export const repliesChannels = {
  recordCaseReply: 'reply:record',
} as const;
