import type { startupZhCN } from './startupZhCN';

type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

/** Startup screen and backups: English. */
export const startupEn: Messages<typeof startupZhCN> = {
  startup: {
    title: 'AgentDesk is starting',
    steps: {
      checking: 'Making sure the local database is intact…',
      migrating: 'Updating the local database layout…',
      loading: 'Loading your workspace…',
      restoring: 'Restoring the local database from a backup…',
    },
    percent: '{{percent}}%',
    bigStoreHint: 'With a lot of data this check takes a while. Please keep the window open.',
    damagedTitle: 'The local database is damaged',
    damagedLead: 'The integrity check found damage in the local database file. AgentDesk has not written to it and will not delete it, so nothing more is lost.',
    damagedReason: 'What the check found: {{reason}}',
    chooseBackup: 'Restore from a backup',
    backupFolder: 'Backups are in: {{folder}}',
    noBackups: 'There is no usable backup in the backup folder yet.',
    restore: 'Restore the selected backup',
    restoring: 'Restoring…',
    startEmpty: 'Start with an empty database',
    startEmptyHelp: 'The damaged file is renamed and left where it is, so support can still try to repair it. Records never synced to the server will not be in the new database.',
    confirmStartEmpty: 'Start with an empty database? The damaged file is kept, but cases not yet synced from this computer will not show in the new one.',
    exportDiagnostics: 'Export diagnostics',
    diagnosticsSaved: 'Diagnostics file saved: {{path}}',
    keptAside: 'The previous database file was kept as: {{path}}',
    failedTitle: 'The local database cannot be opened',
    failedLead: 'AgentDesk could not open its local database and left the file unchanged. Export diagnostics and contact support.',
    failedDetail: 'Details: {{message}}',
    damagedLeadWhileOpen: 'The regular background check found damage in the local database file while you were working. AgentDesk closed the file at once and writes nothing more to it, nor deletes it; what was saved before the damage was found is still in that file.',
  },
  backups: {
    title: 'Backups',
    schedule: 'Backed up automatically every {{hours}} h and kept for {{days}} days (the newest is always kept).',
    folder: 'Saved in: {{folder}}',
    nextDue: 'Next automatic backup: {{time}}',
    none: 'No backups yet.',
    backUpNow: 'Back up now',
    backingUp: 'Backing up…',
    madeNow: 'Backed up: {{name}}',
    restore: 'Restore',
    confirmRestore: 'Replace the current data with the backup from {{time}}? Anything entered since then disappears from the workspace (the current file is kept aside) and the window reloads.',
    confirm: 'Restore',
    cancel: 'Cancel',
    restoring: 'Restoring, please wait…',
    size: '{{size}} MB',
    listLabel: 'Backups on hand',
  },
};
