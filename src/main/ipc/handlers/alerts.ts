import type { alertsContract } from '../../../shared/contract/alerts';
import { acknowledgeLeadAlert, leadAlertsOf } from '../../actions/leadAlerts';
import { leadScopeOf } from '../../reports/reportAccess';
import type { FeatureHandlers, HandlerDeps } from '../handlerDeps';

/** A major complaint alerts the lead at once (issue 17); an acknowledgement syncs at once. */
export function alertsHandlers(deps: HandlerDeps) {
  const { db } = deps;
  return {
    // Every screen asks: an agent (or a lead the store does not know yet) simply has none.
    listLeadAlerts: (_input, context) => {
      if (context.actor.role !== 'lead' && context.actor.role !== 'admin') return [];
      let scope;
      try {
        scope = leadScopeOf(db, context.actor);
      } catch {
        return [];
      }
      return leadAlertsOf(db, scope, context.now);
    },
    acknowledgeLeadAlert: ({ id }, context) => {
      const acknowledged = acknowledgeLeadAlert(db, leadScopeOf(db, context.actor), id, context);
      deps.sync().syncSoon(); // (or right after the sync under way); failures show in the sync status
      return acknowledged;
    },
  } satisfies FeatureHandlers<typeof alertsContract>;
}
