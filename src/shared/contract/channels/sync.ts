/** Channels of the sync slice. Import-free, so the preload bundles it without zod. */
export const syncChannels = {
  getSyncStatus: 'sync:status',
  syncNow: 'sync:now',
  listRejectedChanges: 'sync:rejected',
  listSetAsideRows: 'sync:setAside',
} as const;
