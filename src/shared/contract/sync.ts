import type { PullSetAsideRow, RejectedChange, SyncStatus } from '../schemas/sync';
import type { syncChannels } from './channels/sync';
import { none, type SliceContract } from './slice';

/** The sync slice. */
export const syncContract = {
  getSyncStatus: { request: none, reply: {} as SyncStatus },
  /** Pushes and pulls now; resolves with the status once done (an offline server is a status, not an error). */
  syncNow: { request: none, reply: {} as SyncStatus },
  listRejectedChanges: { request: none, reply: {} as RejectedChange[] },
  /** Pulled rows this desktop could not apply, each with its table, key and reason. */
  listSetAsideRows: { request: none, reply: {} as PullSetAsideRow[] },
} satisfies SliceContract<typeof syncChannels>;
