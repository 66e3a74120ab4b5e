import type { startupContract } from '../../../shared/contract/startup';
import { AppError } from '../../../shared/result';
import type { StartupControl } from '../../startup/startupControl';
import type { FeatureHandlers } from '../handlerDeps';

const noController = () => new AppError('not_configured', 'the store was opened without the startup controller');

/**
 * The startup screen's verbs. They are answered before the store is open too: the startup
 * controller serves them itself until the store is ready. Services built without a controller
 * (tests, benchmarks) are simply ready.
 */
export function startupHandlers(deps: { startup?: StartupControl | undefined }) {
  return {
    getStartupState: (_request, context) => deps.startup?.info() ?? { state: { phase: 'ready' }, locale: context.locale, theme: context.settings.theme },
    startWithEmptyStore: () => {
      if (!deps.startup) throw noController();
      return deps.startup.startEmpty();
    },
    exportStartupDiagnostics: () => {
      if (!deps.startup) throw noController();
      return deps.startup.exportDiagnostics();
    },
  } satisfies FeatureHandlers<typeof startupContract>;
}
