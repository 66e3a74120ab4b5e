/**
 * Injected into the page before the renderer runs: the same bridge the preload builds, but
 * invoking the test's `dispatch` through page.exposeBinding instead of Electron IPC.
 */
import { buildBridge } from '../../src/preload/buildBridge';

const page = window as unknown as {
  __agentDeskInvoke(channel: string, payload: unknown): Promise<unknown>;
  __agentDeskEmit?: (channel: string, payload: unknown) => void;
};
const listeners = new Map<string, Set<(payload: unknown) => void>>();
// The test sends main's events with page.evaluate(() => __agentDeskEmit(channel, payload)).
page.__agentDeskEmit = (channel, payload) => listeners.get(channel)?.forEach((listener) => listener(payload));
Object.defineProperty(window, 'agentDesk', {
  value: buildBridge(
    (channel, payload) => page.__agentDeskInvoke(channel, payload),
    (channel, listener) => {
      const set = listeners.get(channel) ?? new Set();
      listeners.set(channel, set.add(listener));
      return () => void set.delete(listener);
    },
  ),
});
