import { z } from 'zod';
import { backupNamePattern } from '../domain/backupSchedule';
import type { backupsChannels } from './channels/backups';
import { none, type SliceContract } from './slice';

/** One backup of the store, as the renderer sees it. */
export interface BackupEntry {
  /** `agentdesk-YYYYMMDD-HHmmss.db` (UTC). */
  name: string;
  takenAt: number;
  bytes: number;
}

export interface BackupOverview {
  /** Where backups are written: the configured folder, or `<data>/backups`. */
  folder: string;
  backups: BackupEntry[];
  everyHours: number;
  keepDays: number;
  /** When the next scheduled backup runs; null when none is scheduled. */
  nextDueAt: number | null;
  /** A backup is being written right now. */
  running: boolean;
}

export interface RestoreReply {
  /** Where the store that was replaced now lies (kept, never deleted); null when there was none. */
  keptAside: string | null;
}

/** The backups slice: list, back up now, restore (the store closes, the old file is kept aside, the window reloads). */
export const backupsContract = {
  listBackups: { request: none, reply: {} as BackupOverview },
  backUpNow: { request: none, reply: {} as BackupEntry },
  restoreBackup: { request: z.strictObject({ name: z.string().regex(backupNamePattern, 'invalid') }), reply: {} as RestoreReply },
} satisfies SliceContract<typeof backupsChannels>;
