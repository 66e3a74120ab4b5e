/** Channels of the reports slice: the lead's team view and approvals, shift reports. Import-free, so the preload bundles it without zod. */
export const reportsChannels = {
  getTeamView: 'lead:teamView',
  decideApproval: 'lead:decideApproval',
  getReportOptions: 'report:options',
  runShiftReport: 'report:run',
  exportShiftReport: 'report:export',
  cancelReport: 'report:cancel',
} as const;
