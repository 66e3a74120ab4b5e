import type { backupsContract } from '../../../shared/contract/backups';
import { AppError } from '../../../shared/result';
import type { BackupService } from '../../backups/backupService';
import type { StartupControl } from '../../startup/startupControl';
import type { FeatureHandlers } from '../handlerDeps';

/** Backups of the store: list, back up now, restore (through the startup controller, which closes and reopens the store). */
export function backupsHandlers(deps: { backups?: BackupService | undefined; startup?: StartupControl | undefined }) {
  const service = () => {
    if (!deps.backups) throw new AppError('not_configured', 'backups are not set up in this process');
    return deps.backups;
  };
  return {
    listBackups: () => service().overview(),
    backUpNow: () => service().backUpNow(),
    restoreBackup: ({ name }) => {
      if (!deps.startup) throw new AppError('not_configured', 'restoring needs the startup controller');
      return deps.startup.restore(name);
    },
  } satisfies FeatureHandlers<typeof backupsContract>;
}
