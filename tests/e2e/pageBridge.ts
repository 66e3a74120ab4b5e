/**
 * Injected into the page before the renderer runs: the same bridge the preload builds, but
 * invoking the test's `dispatch` through page.exposeBinding instead of Electron IPC.
 */
import { buildBridge } from '../../src/preload/buildBridge';

const page = window as unknown as { __agentDeskInvoke(channel: string, payload: unknown): Promise<unknown> };
Object.defineProperty(window, 'agentDesk', { value: buildBridge((channel, payload) => page.__agentDeskInvoke(channel, payload)) });
