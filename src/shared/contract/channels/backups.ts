/** Channels of the backups slice. Import-free, so the preload bundles it without zod. */
export const backupsChannels = {
  listBackups: 'backups:list',
  backUpNow: 'backups:backUpNow',
  restoreBackup: 'backups:restore',
} as const;
