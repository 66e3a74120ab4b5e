import type { AgentDeskApi } from '../shared/api';
import { channelOf, type Verb } from '../shared/channels';

export type Invoke = (channel: string, payload: unknown) => Promise<unknown>;

/**
 * `window.agentDesk`: one named function per verb of the contract, each sending to its own
 * channel. The renderer never sees ipcRenderer or any channel it could choose itself.
 */
export function buildBridge(invoke: Invoke): AgentDeskApi {
  const bridge: Record<string, (request?: unknown) => Promise<unknown>> = {};
  for (const verb of Object.keys(channelOf) as Verb[]) {
    const channel = channelOf[verb];
    bridge[verb] = (request?: unknown) => invoke(channel, request);
  }
  return Object.freeze(bridge) as AgentDeskApi;
}
