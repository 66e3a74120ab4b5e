/** Channels of the startup slice (answered from the first second, before the store is open). Import-free for the preload. */
export const startupChannels = {
  getStartupState: 'startup:getState',
  startWithEmptyStore: 'startup:startEmpty',
  exportStartupDiagnostics: 'startup:exportDiagnostics',
} as const;
