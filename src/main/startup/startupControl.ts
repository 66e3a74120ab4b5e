import type { RestoreReply } from '../../shared/contract/backups';
import type { StartupInfo } from '../../shared/contract/startup';

/**
 * What the startup controller (startupController.ts) offers the handlers: the startup state, and
 * the store swaps that need the store closed — restore a backup, start on an empty store.
 */
export interface StartupControl {
  info(): StartupInfo;
  restore(name: string): Promise<RestoreReply>;
  startEmpty(): Promise<RestoreReply>;
  exportDiagnostics(): { path: string };
}
