import { z } from 'zod';
import { channelOf, type EventName, type Verb } from './channels';
import type { Result } from './result';
import { entityId, listCasesQuery, newCaseInput, type CasePage, type CaseSummary } from './schemas/case';
import { addNoteInput, changeStatusInput, revealFieldInput, updateCaseInput, wrapUpInput } from './schemas/caseActions';
import type { CaseDetail, MaskedCustomer } from './schemas/caseDetail';
import { callDraftSchema, type CallDraft } from './schemas/callDraft';
import { searchQuery, type SearchHit } from './schemas/search';
import { settingsPatch, type Locale, type Settings } from './schemas/settings';
import { bulkUpdateCasesInput, type BulkCaseResult } from './schemas/bulkCases';
import { completeFollowUpInput, listArticlesQuery, listFollowUpsQuery, saveArticleInput, type ArticleSummary, type Customer360, type FollowUpItem } from './schemas/workspace';
import { loginInput, type RejectedChange, type SignedInAgent, type SyncStatus } from './schemas/sync';
import {
  cancelReportInput,
  decideApprovalInput,
  exportReportInput,
  runReportInput,
  teamViewQuery,
  type ExportReply,
  type ReportOptions,
  type ReportProgress,
  type ReportReply,
  type TeamView,
} from './schemas/reports';

export interface AppInfo {
  version: string;
  /** Locale the UI should use now: the user's choice, or the OS locale. */
  locale: Locale;
  dataDir: string;
  /** No sync server configured: the desktop works on its local store alone. */
  standalone: boolean;
}

const none = z.undefined();

/** A knowledge-base article, whole: what the call screen inserts into a reply. */
export interface Article {
  id: string;
  category: string;
  locale: string;
  version: number;
  title: string;
  body: string;
  tags: string[];
  updatedAt: number;
}

/** An active agent, as pickers (assignee filter, bulk assign) show it. */
export interface AgentOption {
  id: string;
  name: string;
  number: string;
  teamId: string | null;
  branchCode?: string;
}

/** Active agents by name, and which of them is using this desktop (null: not known). */
export interface AgentList {
  agents: AgentOption[];
  meId: string | null;
}

/** The one contract: each verb's channel, request schema and reply type. */
export const contract = {
  getAppInfo: { request: none, reply: {} as AppInfo },
  getSettings: { request: none, reply: {} as Settings },
  updateSettings: { request: settingsPatch, reply: {} as Settings },
  createCase: { request: newCaseInput, reply: {} as CaseSummary },
  listCases: { request: listCasesQuery, reply: {} as CasePage },
  getCase: { request: z.strictObject({ caseId: entityId }), reply: {} as CaseDetail },
  updateCase: { request: updateCaseInput, reply: {} as CaseDetail },
  changeCaseStatus: { request: changeStatusInput, reply: {} as CaseDetail },
  addNote: { request: addNoteInput, reply: {} as CaseDetail },
  saveWrapUp: { request: wrapUpInput, reply: {} as CaseDetail },
  getCustomer: { request: z.strictObject({ customerId: entityId }), reply: {} as MaskedCustomer },
  /** Returns one personal-data field unmasked (null if the customer has none); audited. */
  revealCustomerField: { request: revealFieldInput, reply: {} as { value: string | null } },
  /** Search as you type across cases, customers and articles; best first, personal data masked. */
  search: { request: searchQuery, reply: {} as SearchHit[] },
  getArticle: { request: z.strictObject({ articleId: entityId }), reply: {} as Article },
  /** The call in progress, saved on every change; resumed by openCallDraft after a crash or restart. */
  saveCallDraft: { request: z.strictObject({ draft: callDraftSchema }), reply: {} as { savedAt: number } },
  openCallDraft: { request: none, reply: {} as CallDraft | null },
  discardCallDraft: { request: z.strictObject({ id: entityId }), reply: {} as { discarded: boolean } },
  /** Saves a finished call as one transaction (customer, case, events, follow-ups, outbox); refused while a gate is closed. */
  finishCall: { request: z.strictObject({ draft: callDraftSchema }), reply: {} as CaseDetail },
  getSyncStatus: { request: none, reply: {} as SyncStatus },
  /** Pushes and pulls now; resolves with the status once done (an offline server is a status, not an error). */
  syncNow: { request: none, reply: {} as SyncStatus },
  listRejectedChanges: { request: none, reply: {} as RejectedChange[] },
  getSignedInAgent: { request: none, reply: {} as SignedInAgent | null },
  /** Signs in against the server, or offline against this desktop's saved sign-in. */
  login: { request: loginInput, reply: {} as SignedInAgent },
  logout: { request: none, reply: {} as { signedOut: true } },
  /** Writes a support file (versions, store health, sync state, redacted log tail; no customer data); returns its path. */
  exportDiagnostics: { request: none, reply: {} as { path: string } },
  /** One action (assign, move status, add tag) on many cases; each case saved on its own, each result reported. */
  bulkUpdateCases: { request: bulkUpdateCasesInput, reply: {} as { results: BulkCaseResult[] } },
  /** Active agents ordered by name, and who "me" is (the signed-in agent, or the profile's agent number). */
  listAgents: { request: none, reply: {} as AgentList },
  /** The follow-up queue: due today, overdue, upcoming or done. */
  listFollowUps: { request: listFollowUpsQuery, reply: {} as FollowUpItem[] },
  completeFollowUp: { request: completeFollowUpInput, reply: {} as FollowUpItem[] },
  /** Customer 360: profile (masked), cases, calls, satisfaction, follow-ups, next care date. */
  getCustomer360: { request: z.strictObject({ customerId: entityId }), reply: {} as Customer360 },
  listArticles: { request: listArticlesQuery, reply: {} as ArticleSummary[] },
  /** Leads and admins: saves a new version of an article (or a new article). */
  saveArticle: { request: saveArticleInput, reply: {} as Article },
  /** Team leads and admins only (agents get `forbidden`): the live view of a team — agents, cases about to breach, approvals, escalations. */
  getTeamView: { request: teamViewQuery, reply: {} as TeamView },
  /** Grants or denies an approval request with a reason, written to the case timeline; replies with the refreshed team view. */
  decideApproval: { request: decideApprovalInput, reply: {} as TeamView },
  /** What the shift report may be filtered by, for this lead or admin. */
  getReportOptions: { request: none, reply: {} as ReportOptions },
  /** Computes a shift report as a job the renderer names: progress arrives as onReportProgress, cancelReport stops it. */
  runShiftReport: { request: runReportInput, reply: {} as ReportReply },
  /** Exports the report as CSV (zip), XLSX or PDF after a save dialog; audited; masked unless personal data is included with a reason. */
  exportShiftReport: { request: exportReportInput, reply: {} as ExportReply },
  cancelReport: { request: cancelReportInput, reply: {} as { cancelled: boolean } },
} satisfies Record<Verb, { request: z.ZodType; reply: unknown }>;

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
}

/** Every event main may send, with its payload. */
export interface AgentDeskEvents {
  onIncomingCall: IncomingCall;
  onSyncStatus: SyncStatus;
  onReportProgress: ReportProgress;
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

/** What main implements: one handler per verb, receiving the already-validated request. */
export type Handlers = {
  [V in Verb]: (request: ParsedRequestOf<V>) => ReplyOf<V> | Promise<ReplyOf<V>>;
};

export const verbOfChannel: ReadonlyMap<string, Verb> = new Map(
  (Object.keys(channelOf) as Verb[]).map((verb) => [channelOf[verb], verb]),
);

// Compile-time: the channel map and the contract list exactly the same verbs.
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : never;
const contractMatchesChannels: SameKeys<Contract, typeof channelOf> = true;
void contractMatchesChannels;
