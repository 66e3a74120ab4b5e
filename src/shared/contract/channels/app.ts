/** Channels of the app slice: app info and settings. Import-free, so the preload bundles it without zod. */
export const appChannels = {
  getAppInfo: 'app:info',
  getSettings: 'settings:get',
  updateSettings: 'settings:update',
  takeNotices: 'app:takeNotices',
} as const;
