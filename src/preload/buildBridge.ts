import type { AgentDeskApi } from '../shared/api';
import { channelOf, eventChannelOf, type EventName, type Verb } from '../shared/channels';

export type Invoke = (channel: string, payload: unknown) => Promise<unknown>;
/** Listens on an event channel; returns the function that stops listening. */
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void;

/**
 * `window.agentDesk`: one named function per verb of the contract, each sending to its own
 * channel, and one `on…` subscription per event. The renderer never sees ipcRenderer or any
 * channel it could choose itself.
 */
export function buildBridge(invoke: Invoke, subscribe: Subscribe): AgentDeskApi {
  const bridge: Record<string, unknown> = {};
  for (const verb of Object.keys(channelOf) as Verb[]) {
    const channel = channelOf[verb];
    bridge[verb] = (request?: unknown) => invoke(channel, request);
  }
  for (const event of Object.keys(eventChannelOf) as EventName[]) {
    const channel = eventChannelOf[event];
    bridge[event] = (listener: (payload: unknown) => void) => subscribe(channel, listener);
  }
  return Object.freeze(bridge) as AgentDeskApi;
}
