import type { sessionContract } from '../../../shared/contract/session';
import type { FeatureHandlers, HandlerDeps } from '../handlerDeps';

/** Sign-in and sign-out; either restarts sync. */
export function sessionHandlers(deps: HandlerDeps) {
  return {
    getSignedInAgent: () => deps.session.current(),
    login: async (input) => {
      const agent = await deps.session.login(input);
      deps.onServerChanged();
      return agent;
    },
    logout: () => {
      deps.session.logout();
      deps.onServerChanged();
      return { signedOut: true as const };
    },
  } satisfies FeatureHandlers<typeof sessionContract>;
}
