/**
 * IPC channel per verb of `AgentDeskApi`. Kept free of imports so the sandboxed preload can bundle
 * it without zod. `api.ts` checks that this map and the contract name exactly the same verbs.
 */
export const channelOf = {
  getAppInfo: 'app:info',
  getSettings: 'settings:get',
  updateSettings: 'settings:update',
  createCase: 'case:create',
  listCases: 'case:list',
  getCase: 'case:get',
  updateCase: 'case:update',
  changeCaseStatus: 'case:changeStatus',
  addNote: 'case:addNote',
  saveWrapUp: 'call:saveWrapUp',
  getCustomer: 'customer:get',
  revealCustomerField: 'customer:revealField',
  search: 'search:query',
  getArticle: 'kb:get',
  saveCallDraft: 'call:saveDraft',
  openCallDraft: 'call:openDraft',
  discardCallDraft: 'call:discardDraft',
  finishCall: 'call:finish',
  getSyncStatus: 'sync:status',
  syncNow: 'sync:now',
  listRejectedChanges: 'sync:rejected',
  getSignedInAgent: 'session:get',
  login: 'session:login',
  logout: 'session:logout',
  exportDiagnostics: 'support:exportDiagnostics',
  bulkUpdateCases: 'case:bulkUpdate',
  listAgents: 'agent:list',
  listFollowUps: 'followUp:list',
  completeFollowUp: 'followUp:complete',
  getCustomer360: 'customer:get360',
  listArticles: 'kb:list',
  saveArticle: 'kb:save',
  getTeamView: 'lead:teamView',
  decideApproval: 'lead:decideApproval',
  getReportOptions: 'report:options',
  runShiftReport: 'report:run',
  exportShiftReport: 'report:export',
  cancelReport: 'report:cancel',
} as const;

export type Verb = keyof typeof channelOf;
export type Channel = (typeof channelOf)[Verb];

/** Channel per event main may send to the renderer (`AgentDeskApi.on…` subscriptions). */
export const eventChannelOf = {
  onIncomingCall: 'event:incomingCall',
  onSyncStatus: 'event:syncStatus',
  onReportProgress: 'event:reportProgress',
} as const;

export type EventName = keyof typeof eventChannelOf;
