/** Channels of the search slice. Import-free, so the preload bundles it without zod. */
export const searchChannels = {
  search: 'search:query',
} as const;
