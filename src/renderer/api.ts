import type { AgentDeskApi } from '../shared/api';

declare global {
  interface Window {
    agentDesk?: AgentDeskApi;
  }
}

/** The only reader of `window.agentDesk`, the bridge the preload exposes. */
export function bridgeFromWindow(): AgentDeskApi {
  if (!window.agentDesk) throw new Error('window.agentDesk is missing: the preload script did not run');
  return window.agentDesk;
}
