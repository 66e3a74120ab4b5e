import { join } from 'node:path';
import type { supportContract } from '../../../shared/contract/support';
import { writeDiagnostics } from '../../logging/diagnostics';
import { rotatingLog } from '../../logging/rotatingLog';
import type { FeatureHandlers, HandlerDeps } from '../handlerDeps';

/** The support file. */
export function supportHandlers(deps: HandlerDeps) {
  return {
    exportDiagnostics: (_request, context) => {
      const settings = context.settings;
      const log = deps.logFile ?? rotatingLog(join(deps.dataDir, 'logs'));
      return { path: writeDiagnostics({ db: deps.db, settings, sync: deps.sync().status(), log, version: deps.version, dataDir: deps.dataDir, now: context.now }) };
    },
  } satisfies FeatureHandlers<typeof supportContract>;
}
