import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { defaultGuardRules, type GuardRule } from '../../shared/domain/phraseGuard';
import { policyInForce } from '../../shared/domain/policies/policyInForce';
import { useApi } from '../apiContext';
import { policiesHere } from './usePolicies';

/** How often the list in force is read again: a version published for a later time takes over within this. */
export const GUARD_RULES_REFRESH_MS = 60_000;

const GuardRulesContext = createContext<{ rules: readonly GuardRule[]; reload(): void }>({ rules: defaultGuardRules, reload: () => undefined });

/** The forbidden-phrase rules the guarded fields check against: the phrases policy in force for the signed-in agent's team (issue 18). */
export const useGuardRules = (): readonly GuardRule[] => useContext(GuardRulesContext).rules;

/** Asks for the list in force again now (after a new version was published on this desktop). */
export const useReloadGuardRules = (): (() => void) => useContext(GuardRulesContext).reload;

/**
 * Provides the phrases policy in force to every guarded field below it: read from main when the
 * workspace opens, after each sync (an admin's new list arrives by sync), every minute (a version
 * effective later takes over) and on demand; the built-in list until the first answer. The rules
 * only change identity when a different version is in force.
 */
export function GuardRulesProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [inForce, setInForce] = useState<{ id: string; rules: readonly GuardRule[] }>({ id: 'builtin:phrases', rules: defaultGuardRules });
  const live = useRef(true);
  const reload = useCallback(
    () =>
      void policiesHere(api).then((reply) => {
        if (!live.current || !reply.ok) return;
        const record = policyInForce(reply.value.records, 'phrases', Date.now(), reply.value.teamId);
        setInForce((shown) => (shown.id === record.id ? shown : { id: record.id, rules: record.body.rules }));
      }),
    [api],
  );
  useEffect(() => {
    live.current = true;
    reload();
    const stop = api.onSyncStatus(reload);
    const timer = setInterval(reload, GUARD_RULES_REFRESH_MS);
    return () => {
      live.current = false;
      stop();
      clearInterval(timer);
    };
  }, [api, reload]);
  const value = useMemo(() => ({ rules: inForce.rules, reload }), [inForce, reload]);
  return <GuardRulesContext.Provider value={value}>{children}</GuardRulesContext.Provider>;
}
