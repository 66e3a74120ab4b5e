import type { incidentsContract } from '../../../shared/contract/incidents';
import { addIncidentUpdate, incidentDetail, linkIncidentCase, moveIncident, placeOf, reportIncident } from '../../actions/incidentActions';
import { buildProactiveList, closeList, listContacts, nextOnList, previewFilter, recordOutcome } from '../../actions/proactiveActions';
import { leadScopeOf } from '../../reports/reportAccess';
import type { Actor } from '../../store/actor';
import type { ReadableDB } from '../../store/db';
import { incidentCounts, incidentsOfCase, listIncidents } from '../../store/incidents/incidentRows';
import { proactiveLists, proactiveSummary } from '../../store/proactive/proactiveRows';
import type { FeatureHandlers, HandlerDeps } from '../handlerDeps';

/** The branch whose rows an actor reads: an admin's, or an unplaced desktop's, are all (null). */
const branchOf = (db: ReadableDB, actor: Actor) => (actor.role === 'admin' ? null : placeOf(db, actor).branchId);

/** Incidents and proactive lists (issue 18). Every write syncs at once: the server tells the branch's leads. */
export function incidentsHandlers(deps: HandlerDeps) {
  const { db } = deps;
  const pushNow = () => deps.sync().syncSoon(); // failures show in the sync status; a write made during a sync goes out right after it
  const pushing = <T>(value: T): T => {
    pushNow();
    return value;
  };
  return {
    reportIncident: (input, context) => pushing(reportIncident(db, input, context)),
    listIncidents: ({ scope }, context) => listIncidents(db, scope, branchOf(db, context.actor)),
    getIncident: ({ id }) => incidentDetail(db, id),
    addIncidentUpdate: (input, context) => pushing(addIncidentUpdate(db, input, context)),
    moveIncident: (input, context) => pushing(moveIncident(db, input, context)),
    linkIncidentCase: (input, context) => pushing(linkIncidentCase(db, input, context)),
    listCaseIncidents: ({ caseId }) => incidentsOfCase(db, caseId),
    previewProactiveFilter: ({ filter }, context) => previewFilter(db, leadScopeOf(db, context.actor), filter),
    buildProactiveList: (input, context) => {
      const built = buildProactiveList(db, leadScopeOf(db, context.actor), input, context);
      return built.ok ? pushing(built) : built;
    },
    listProactiveLists: ({ state }, context) => proactiveLists(db, state, branchOf(db, context.actor)),
    listProactiveContacts: ({ listId }) => listContacts(db, listId),
    nextProactiveContact: ({ listId, skip }) => nextOnList(db, listId, skip),
    recordProactiveOutcome: (input, context) => pushing(recordOutcome(db, input, context)),
    closeProactiveList: ({ listId }, context) => {
      leadScopeOf(db, context.actor);
      closeList(db, listId, context);
      return pushing({ closed: true as const });
    },
    getProactiveSummary: ({ from, to }, context) => {
      const scope = leadScopeOf(db, context.actor);
      return { ...proactiveSummary(db, from, to, scope.branchId), incidents: incidentCounts(db, from, to, scope.branchId) };
    },
  } satisfies FeatureHandlers<typeof incidentsContract>;
}
