import type { appContract } from '../../../shared/contract/app';
import type { FeatureHandlers, HandlerDeps } from '../handlerDeps';

/** App info and settings. */
export function appHandlers(deps: HandlerDeps) {
  return {
    getAppInfo: (_request, context) => ({
      version: deps.version,
      locale: context.locale,
      dataDir: deps.dataDir,
      standalone: context.settings.serverUrl === null,
    }),
    getSettings: (_request, context) => context.settings,
    updateSettings: (patch, context) => {
      const before = context.settings.serverUrl;
      const next = deps.settings.update(patch);
      if (next.serverUrl !== before) deps.onServerChanged();
      return next;
    },
    takeNotices: () => deps.notices?.take() ?? [],
  } satisfies FeatureHandlers<typeof appContract>;
}
