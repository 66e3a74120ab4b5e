/** Channels of the session slice: sign-in and sign-out. Import-free, so the preload bundles it without zod. */
export const sessionChannels = {
  getSignedInAgent: 'session:get',
  login: 'session:login',
  logout: 'session:logout',
} as const;
