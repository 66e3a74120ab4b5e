import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { defaultGuardRules, type GuardRule } from '../../shared/domain/phraseGuard';
import { policyInForce } from '../../shared/domain/policies/policyInForce';
import { useApi } from '../apiContext';

const GuardRulesContext = createContext<readonly GuardRule[]>(defaultGuardRules);

/** The forbidden-phrase rules the guarded fields check against: the phrases policy in force (issue 18). */
export const useGuardRules = (): readonly GuardRule[] => useContext(GuardRulesContext);

/**
 * Provides the phrases policy in force to every guarded field below it: read from main when the
 * workspace opens and again after each sync (an admin's new list arrives by sync); the built-in
 * list until the first answer. The rules only change identity when a different version is in force.
 */
export function GuardRulesProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [inForce, setInForce] = useState<{ id: string; rules: readonly GuardRule[] }>({ id: 'builtin:phrases', rules: defaultGuardRules });
  useEffect(() => {
    let live = true;
    const reload = () =>
      void api.listPolicies().then((reply) => {
        if (!live || !reply.ok) return;
        const record = policyInForce(reply.value, 'phrases', Date.now());
        setInForce((shown) => (shown.id === record.id ? shown : { id: record.id, rules: record.body.rules }));
      });
    reload();
    const stop = api.onSyncStatus(reload);
    return () => {
      live = false;
      stop();
    };
  }, [api]);
  return <GuardRulesContext.Provider value={inForce.rules}>{children}</GuardRulesContext.Provider>;
}
