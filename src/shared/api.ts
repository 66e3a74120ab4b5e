import { z } from 'zod';
import { channelOf, type Verb } from './channels';
import type { Result } from './result';
import { listCasesQuery, newCaseInput, type CasePage, type CaseSummary } from './schemas/case';
import { settingsPatch, type Locale, type Settings } from './schemas/settings';

export interface AppInfo {
  version: string;
  /** Locale the UI should use now: the user's choice, or the OS locale. */
  locale: Locale;
  dataDir: string;
  /** No sync server configured: the desktop works on its local store alone. */
  standalone: boolean;
}

const none = z.undefined();

/** The one contract: each verb's channel, request schema and reply type. */
export const contract = {
  getAppInfo: { request: none, reply: {} as AppInfo },
  getSettings: { request: none, reply: {} as Settings },
  updateSettings: { request: settingsPatch, reply: {} as Settings },
  createCase: { request: newCaseInput, reply: {} as CaseSummary },
  listCases: { request: listCasesQuery, reply: {} as CasePage },
} satisfies Record<Verb, { request: z.ZodType; reply: unknown }>;

type Contract = typeof contract;
export type RequestOf<V extends Verb> = z.input<Contract[V]['request']>;
export type ParsedRequestOf<V extends Verb> = z.output<Contract[V]['request']>;
export type ReplyOf<V extends Verb> = Contract[V]['reply'];

/** What the renderer sees as `window.agentDesk`: one named function per verb. */
export type AgentDeskApi = {
  [V in Verb]: undefined extends RequestOf<V>
    ? (request?: RequestOf<V>) => Promise<Result<ReplyOf<V>>>
    : (request: RequestOf<V>) => Promise<Result<ReplyOf<V>>>;
};

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
