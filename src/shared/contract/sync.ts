import type { RejectedChange, SyncStatus } from '../schemas/sync';
import type { syncChannels } from './channels/sync';
import { none, type SliceContract } from './slice';

/** The sync slice. */
export const syncContract = {
  getSyncStatus: { request: none, reply: {} as SyncStatus },
  /** Pushes and pulls now; resolves with the status once done (an offline server is a status, not an error). */
  syncNow: { request: none, reply: {} as SyncStatus },
  listRejectedChanges: { request: none, reply: {} as RejectedChange[] },
} satisfies SliceContract<typeof syncChannels>;
