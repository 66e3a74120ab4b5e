import type { supportChannels } from './channels/support';
import { none, type SliceContract } from './slice';

/** The support slice. */
export const supportContract = {
  /** Writes a support file (versions, store health, sync state, redacted log tail; no customer data); returns its path. */
  exportDiagnostics: { request: none, reply: {} as { path: string } },
} satisfies SliceContract<typeof supportChannels>;
