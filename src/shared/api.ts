import type { z } from 'zod';
import { channelOf, type channelSlices, type EventName, type Verb } from './channels';
import { accountsContract } from './contract/accounts';
import { approvalsContract } from './contract/approvals';
import { incidentsContract } from './contract/incidents';
import { policiesContract } from './contract/policies';
import { qualityContract } from './contract/quality';
import { agentsContract } from './contract/agents';
import { appContract } from './contract/app';
import { callsContract } from './contract/calls';
import { casesContract } from './contract/cases';
import { customersContract } from './contract/customers';
import { followUpsContract } from './contract/followUps';
import { knowledgeContract } from './contract/knowledge';
import { mergeSlices } from './contract/mergeSlices';
import { returnsContract } from './contract/returns';
import { repliesContract } from './contract/replies';
import { reportsContract } from './contract/reports';
import { searchContract } from './contract/search';
import { sessionContract } from './contract/session';
import type { SliceContract, VerbSpec } from './contract/slice';
import { supportContract } from './contract/support';
import { syncContract } from './contract/sync';
import { backupsContract } from './contract/backups';
import { startupContract, type StartupState } from './contract/startup';
import { telephonyContract } from './contract/telephony';
import { alertsContract } from './contract/alerts';
import { evidenceContract } from './contract/evidence';
import type { Result } from './result';
import type { CallEventRow } from './schemas/callEvents';
import type { MaskedCustomer } from './schemas/caseDetail';
import type { ReportProgress } from './schemas/reports';
import type { SyncStatus } from './schemas/sync';

export type { AgentList, AgentOption } from './contract/agents';
export type { AppInfo, Notice } from './contract/app';
export type { Article } from './contract/knowledge';

/**
 * The feature slices of the contract (`contract/<feature>.ts`): each gives the verbs of its channel
 * list (`contract/channels/<feature>.ts`) their request schema and reply type. A verb is declared
 * in its slice only; everything below is derived.
 */
export const contractSlices = {
  app: appContract,
  cases: casesContract,
  agents: agentsContract,
  calls: callsContract,
  customers: customersContract,
  search: searchContract,
  knowledge: knowledgeContract,
  followUps: followUpsContract,
  sync: syncContract,
  session: sessionContract,
  support: supportContract,
  reports: reportsContract,
  // Startup screen and backups (issue 20 items 5–6).
  startup: startupContract,
  backups: backupsContract,
  telephony: telephonyContract,
  accounts: accountsContract,
  // Issue 17: approvals while the customer waits.
  approvals: approvalsContract,
  // Issue 18: incidents and proactive lists.
  incidents: incidentsContract,
  returns: returnsContract,
  replies: repliesContract,
  // Issue 17: a major complaint alerts the lead at once.
  alerts: alertsContract,
  // Issue 18: policies as data.
  policies: policiesContract,
  evidence: evidenceContract,
  // Issue 18: quality evaluation (质检).
  quality: qualityContract,
} satisfies { [S in keyof typeof channelSlices]: SliceContract<(typeof channelSlices)[S]> };

/** The one contract: each verb's request schema and reply type, every slice's in one map. */
export const contract = mergeSlices(contractSlices);

type Contract = typeof contract;
export type RequestOf<V extends Verb> = z.input<Contract[V]['request']>;
export type ParsedRequestOf<V extends Verb> = z.output<Contract[V]['request']>;
export type ReplyOf<V extends Verb> = Contract[V]['reply'];

/** A call ringing on the agent's softphone, looked up by caller number (screen pop). */
export interface IncomingCall {
  number: string;
  receivedAt: number;
  /** Customers with this number, masked; empty for an unknown number. */
  matches: MaskedCustomer[];
  /** The softphone's call id when the ring came from the telephony endpoint (its later events name it). */
  callRef?: string;
}

/** Every event main may send, with its payload. */
export interface AgentDeskEvents {
  onIncomingCall: IncomingCall;
  onSyncStatus: SyncStatus;
  onReportProgress: ReportProgress;
  /** Notices are waiting: the renderer takes them with `takeNotices`. */
  onNotices: { waiting: number };
  /** Lock the screen now: the OS locked or is suspending, or the agent chose Lock in the menu. */
  onLockRequested: { reason: 'lockScreen' | 'suspend' | 'menu' };
  /** Opening the store: progress, ready, damaged or failed (issue 20). */
  onStartupState: StartupState;
  /** A call event the telephony endpoint stored (answer, hold, resume, transfer, hangup…). */
  onCallEvent: CallEventRow;
}

type Verbs = {
  [V in Verb]: undefined extends RequestOf<V>
    ? (request?: RequestOf<V>) => Promise<Result<ReplyOf<V>>>
    : (request: RequestOf<V>) => Promise<Result<ReplyOf<V>>>;
};

type Subscriptions = {
  [E in EventName]: (listener: (payload: AgentDeskEvents[E]) => void) => () => void;
};

/** What the renderer sees as `window.agentDesk`: one named function per verb, one subscription per event. */
export type AgentDeskApi = Verbs & Subscriptions;

/** What main implements for one slice: one handler per verb, receiving the already-validated request and `Extra` (main's request context). */
export type SliceHandlers<Slice extends Record<string, VerbSpec>, Extra extends unknown[] = []> = {
  [V in keyof Slice]: (request: z.output<Slice[V]['request']>, ...extra: Extra) => Slice[V]['reply'] | Promise<Slice[V]['reply']>;
};

/** What main implements: one handler per verb, receiving the already-validated request (none for a verb that takes none). */
export type Handlers = {
  [V in Verb]: undefined extends ParsedRequestOf<V>
    ? (request?: ParsedRequestOf<V>) => ReplyOf<V> | Promise<ReplyOf<V>>
    : (request: ParsedRequestOf<V>) => ReplyOf<V> | Promise<ReplyOf<V>>;
};

export const verbOfChannel: ReadonlyMap<string, Verb> = new Map(
  (Object.keys(channelOf) as Verb[]).map((verb) => [channelOf[verb], verb]),
);

// Compile-time: the channel map and the contract list exactly the same verbs.
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : never;
const contractMatchesChannels: SameKeys<Contract, typeof channelOf> = true;
void contractMatchesChannels;
