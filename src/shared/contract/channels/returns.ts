/** Channels of the returns slice (returns carried to the end). Import-free, so the preload bundles it without zod. */
export const returnsChannels = {
  advanceReturn: 'return:advance',
} as const;
