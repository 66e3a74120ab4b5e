import { createContext, useContext } from 'react';
import type { AgentDeskApi } from '../shared/api';

const ApiContext = createContext<AgentDeskApi | null>(null);
export const ApiProvider = ApiContext.Provider;

/** The typed bridge to main; components never read window.agentDesk themselves. */
export function useApi(): AgentDeskApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi must be used inside <ApiProvider>');
  return api;
}
