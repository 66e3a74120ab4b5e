/** Channels of the accounts slice: local accounts of a standalone desktop, and the lock screen. Import-free, so the preload bundles it without zod. */
export const accountsChannels = {
  getLocalAccess: 'accounts:access',
  setupLocalAdmin: 'accounts:setupAdmin',
  listLocalAccounts: 'accounts:list',
  addLocalAccount: 'accounts:add',
  setLocalAccountActive: 'accounts:setActive',
  resetLocalPassword: 'accounts:resetPassword',
  unlockSession: 'session:unlock',
} as const;
