/** Channels of the follow-ups slice. Import-free, so the preload bundles it without zod. */
export const followUpsChannels = {
  listFollowUps: 'followUp:list',
  completeFollowUp: 'followUp:complete',
} as const;
