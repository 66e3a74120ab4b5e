import type { contract, Handlers } from '../../shared/api';
import { handlerContext, type HandlerContext } from './handlerContext';
import type { FeatureHandlers, HandlerDeps } from './handlerDeps';
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

export type { HandlerDeps } from './handlerDeps';

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
  } satisfies FeatureHandlers<typeof contract>;
  const handlers: Record<string, (request: unknown) => unknown> = {};
  for (const [verb, handle] of Object.entries(features) as [string, (request: unknown, context: HandlerContext) => unknown][]) {
    handlers[verb] = (request) => handle(request, handlerContext(deps));
  }
  return handlers as Handlers;
}
