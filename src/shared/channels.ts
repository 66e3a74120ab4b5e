import { accountsChannels } from './contract/channels/accounts';
import { approvalsChannels } from './contract/channels/approvals';
import { incidentsChannels } from './contract/channels/incidents';
import { policiesChannels } from './contract/channels/policies';
import { qualityChannels } from './contract/channels/quality';
import { agentsChannels } from './contract/channels/agents';
import { appChannels } from './contract/channels/app';
import { callsChannels } from './contract/channels/calls';
import { casesChannels } from './contract/channels/cases';
import { customersChannels } from './contract/channels/customers';
import { followUpsChannels } from './contract/channels/followUps';
import { knowledgeChannels } from './contract/channels/knowledge';
import { reportsChannels } from './contract/channels/reports';
import { searchChannels } from './contract/channels/search';
import { sessionChannels } from './contract/channels/session';
import { supportChannels } from './contract/channels/support';
import { syncChannels } from './contract/channels/sync';
import { backupsChannels } from './contract/channels/backups';
import { startupChannels } from './contract/channels/startup';
import { mergeSlices } from './contract/mergeSlices';
import { returnsChannels } from './contract/channels/returns';
import { repliesChannels } from './contract/channels/replies';
import { telephonyChannels } from './contract/channels/telephony';
import { alertsChannels } from './contract/channels/alerts';
import { evidenceChannels } from './contract/channels/evidence';

/**
 * The feature slices' channel lists (`contract/channels/<feature>.ts`), each naming its verbs and
 * their IPC channels. Kept free of zod so the sandboxed preload can bundle them; the schema slices
 * (`contract/<feature>.ts`) give each of these verbs its request schema and reply type.
 */
export const channelSlices = {
  app: appChannels,
  cases: casesChannels,
  agents: agentsChannels,
  calls: callsChannels,
  customers: customersChannels,
  search: searchChannels,
  knowledge: knowledgeChannels,
  followUps: followUpsChannels,
  sync: syncChannels,
  session: sessionChannels,
  support: supportChannels,
  reports: reportsChannels,
  // Startup screen and backups (issue 20 items 5–6).
  startup: startupChannels,
  backups: backupsChannels,
  telephony: telephonyChannels,
  accounts: accountsChannels,
  // Issue 17: approvals while the customer waits.
  approvals: approvalsChannels,
  // Issue 18: incidents and proactive lists.
  incidents: incidentsChannels,
  returns: returnsChannels,
  replies: repliesChannels,
  // Issue 17: a major complaint alerts the lead at once.
  alerts: alertsChannels,
  // Issue 18: policies as data.
  policies: policiesChannels,
  evidence: evidenceChannels,
  // Issue 18: quality evaluation (质检).
  quality: qualityChannels,
} as const;

/** IPC channel per verb of `AgentDeskApi`, every slice's in one map. */
export const channelOf = mergeSlices(channelSlices);

export type Verb = keyof typeof channelOf;
export type Channel = (typeof channelOf)[Verb];

/** Channel per event main may send to the renderer (`AgentDeskApi.on…` subscriptions). */
export const eventChannelOf = {
  onIncomingCall: 'event:incomingCall',
  onSyncStatus: 'event:syncStatus',
  onReportProgress: 'event:reportProgress',
  onNotices: 'event:notices',
  onLockRequested: 'event:lockRequested',
  onStartupState: 'event:startupState',
  onCallEvent: 'event:callEvent',
} as const;

export type EventName = keyof typeof eventChannelOf;
