import type { accountsContract } from '../../../shared/contract/accounts';
import { addLocalAccount, listLocalAccounts, localAccess, resetLocalPassword, setLocalAccountActive, setupLocalAdmin, type AccountsContext } from '../../actions/localAccounts';
import type { HandlerContext } from '../handlerContext';
import type { FeatureHandlers, HandlerDeps } from '../handlerDeps';

/** Local accounts of a standalone desktop (actions/localAccounts.ts) and the lock screen's unlock. */
export function accountsHandlers(deps: HandlerDeps) {
  const ctx = (context: HandlerContext): AccountsContext => ({ db: deps.db, session: deps.session, now: context.now, actor: context.actor, branchCode: context.branchCode });
  return {
    getLocalAccess: (_request, context) => localAccess({ db: deps.db, session: deps.session, actor: context.actor }),
    setupLocalAdmin: (input, context) => setupLocalAdmin(ctx(context), input),
    listLocalAccounts: (_request, context) => listLocalAccounts(ctx(context)),
    addLocalAccount: (input, context) => addLocalAccount(ctx(context), input),
    setLocalAccountActive: (input, context) => setLocalAccountActive(ctx(context), input),
    resetLocalPassword: (input, context) => resetLocalPassword(ctx(context), input),
    unlockSession: (input) => deps.session.unlock(input.password),
  } satisfies FeatureHandlers<typeof accountsContract>;
}
