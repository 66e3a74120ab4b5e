/** Channels of the lead alerts slice (issue 17: a major complaint alerts the lead at once). Import-free, so the preload bundles it without zod. */
export const alertsChannels = {
  listLeadAlerts: 'alert:list',
  acknowledgeLeadAlert: 'alert:acknowledge',
} as const;
