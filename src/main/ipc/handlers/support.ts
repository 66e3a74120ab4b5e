import { join } from 'node:path';
import type { supportContract } from '../../../shared/contract/support';
import { crashRecords } from '../../logging/crashRecords';
import { writeDiagnostics } from '../../logging/diagnostics';
import { rotatingLog } from '../../logging/rotatingLog';
import type { FeatureHandlers, HandlerDeps } from '../handlerDeps';

/** The support file, and crash reports from the renderer. */
export function supportHandlers(deps: HandlerDeps) {
  const logs = join(deps.dataDir, 'logs');
  const crashes = () => deps.crashes ?? crashRecords(logs);
  return {
    exportDiagnostics: (_request, context) => {
      const settings = context.settings;
      const log = deps.logFile ?? rotatingLog(logs);
      return { path: writeDiagnostics({ db: deps.db, settings, sync: deps.sync().status(), log, crashes: crashes().recent(50), version: deps.version, dataDir: deps.dataDir, now: context.now }) };
    },
    reportRendererCrash: (report) => {
      const detail = [report.stack, report.componentStack].filter(Boolean).join('\n--- component stack ---\n');
      (deps.logFile ?? rotatingLog(logs)).write('error', `renderer error: ${report.message}`, detail || undefined);
      crashes().record('rendererError', report.message, detail || undefined);
      return { recorded: true };
    },
  } satisfies FeatureHandlers<typeof supportContract>;
}
