import type { contract, Handlers } from '../../shared/api';
import type { Verb } from '../../shared/channels';
import { AppError } from '../../shared/result';
import { handlerContext, type HandlerContext } from './handlerContext';
import type { FeatureHandlers, HandlerDeps } from './handlerDeps';
import { accountsHandlers } from './handlers/accounts';
import { approvalsHandlers } from './handlers/approvals';
import { incidentsHandlers } from './handlers/incidents';
import { policiesHandlers } from './handlers/policies';
import { qualityHandlers } from './handlers/quality';
import { agentsHandlers } from './handlers/agents';
import { appHandlers } from './handlers/app';
import { callsHandlers } from './handlers/calls';
import { casesHandlers } from './handlers/cases';
import { customersHandlers } from './handlers/customers';
import { followUpsHandlers } from './handlers/followUps';
import { knowledgeHandlers } from './handlers/knowledge';
import { reportsHandlers } from './handlers/reports';
import { searchHandlers } from './handlers/search';
import { sessionHandlers } from './handlers/session';
import { supportHandlers } from './handlers/support';
import { syncHandlers } from './handlers/sync';
import { backupsHandlers } from './handlers/backups';
import { startupHandlers } from './handlers/startup';
import { telephonyHandlers } from './handlers/telephony';
import { returnsHandlers } from './handlers/returns';
import { repliesHandlers } from './handlers/replies';
import { alertsHandlers } from './handlers/alerts';
import { evidenceHandlers } from './handlers/evidence';

export type { HandlerDeps } from './handlerDeps';

/**
 * The verbs that need no signed-in agent: the app's settings and status, the first-run setup and
 * sign-in itself, and reads that change nothing. Every other verb writes, and is refused with
 * `not_signed_in` while no one is signed in, so nothing is written by an anonymous actor (a new verb
 * is refused until it is listed here).
 */
export const verbsWithoutSignIn: ReadonlySet<Verb> = new Set<Verb>([
  'getAppInfo',
  'getSettings',
  'updateSettings',
  'getSignedInAgent',
  'login',
  'logout',
  'getLocalAccess',
  'setupLocalAdmin',
  'unlockSession',
  'getSyncStatus',
  'syncNow',
  'listRejectedChanges',
  'listSetAsideRows',
  'exportDiagnostics',
  'listCases',
  'getCase',
  'listAgents',
  'getCustomer',
  'getCustomer360',
  'search',
  'getArticle',
  'listArticles',
  'listFollowUps',
  'openCallDraft',
  'getTeamView',
  'getReportOptions',
  'runShiftReport',
  'cancelReport',
  // Before anyone can sign in: the startup and damaged-store screens, notices and crash reports.
  'getStartupState',
  'startWithEmptyStore',
  'exportStartupDiagnostics',
  'takeNotices',
  'reportRendererCrash',
  'listBackups',
  'restoreBackup',
  'backUpNow',
  // Reads of a case's call events and clock facts, like getCase.
  'listCallEvents',
  'getCaseClockFacts',
  // Reads of a case's evidence files, like getCase.
  'listEvidence',
  'openEvidence',
]);

/**
 * One handler per verb of the contract, composed from the feature handlers (`handlers/<feature>.ts`,
 * each `satisfies` its slice); a missing or misspelt verb is a type error. Each request gets its
 * context from `handlerContext`, the one place it is built.
 */
export function createHandlers(deps: HandlerDeps): Handlers {
  const features = {
    ...appHandlers(deps),
    ...casesHandlers(deps),
    ...agentsHandlers(deps),
    ...callsHandlers(deps),
    ...customersHandlers(deps),
    ...searchHandlers(deps),
    ...knowledgeHandlers(deps),
    ...followUpsHandlers(deps),
    ...syncHandlers(deps),
    ...sessionHandlers(deps),
    ...supportHandlers(deps),
    ...reportsHandlers(deps),
    ...startupHandlers(deps),
    ...backupsHandlers(deps),
    ...telephonyHandlers(deps),
    ...accountsHandlers(deps),
    ...approvalsHandlers(deps),
    ...incidentsHandlers(deps),
    ...returnsHandlers(deps),
    ...repliesHandlers(deps),
    ...alertsHandlers(deps),
    ...policiesHandlers(deps),
    ...evidenceHandlers(deps),
    ...qualityHandlers(deps),
  } satisfies FeatureHandlers<typeof contract>;
  const handlers: Record<string, (request: unknown) => unknown> = {};
  for (const [verb, handle] of Object.entries(features) as [string, (request: unknown, context: HandlerContext) => unknown][]) {
    const open = verbsWithoutSignIn.has(verb as Verb);
    handlers[verb] = (request) => {
      const context = handlerContext(deps);
      if (!open && context.actor.agentId === null) throw new AppError('not_signed_in', `${verb} needs a signed-in agent`);
      return handle(request, context);
    };
  }
  return handlers as Handlers;
}
