import type { syncContract } from '../../../shared/contract/sync';
import { listSetAsideRows } from '../../store/sync/pullSetAside';
import { listRejectedChanges } from '../../store/sync/rejectedChanges';
import type { FeatureHandlers, HandlerDeps } from '../handlerDeps';

/** Sync status, sync now, and the changes the server refused. */
export function syncHandlers(deps: HandlerDeps) {
  return {
    getSyncStatus: () => deps.sync().status(),
    syncNow: async () => {
      await deps.sync().syncNow();
      return deps.sync().status();
    },
    listRejectedChanges: () => listRejectedChanges(deps.db),
    listSetAsideRows: () => listSetAsideRows(deps.db),
  } satisfies FeatureHandlers<typeof syncContract>;
}
