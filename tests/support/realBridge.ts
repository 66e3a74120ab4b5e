import type { AgentDeskApi } from '../../src/shared/api';
import { createMainServices, type MainServices } from '../../src/main/services';
import type { Actor } from '../../src/main/store/actor';
import { memorySettingsBackend } from '../../src/main/settings/settings';
import { buildBridge } from '../../src/preload/buildBridge';
import { makeTempDir } from './tempDir';
import { signedInDesktop, type TestAccount } from './testAccounts';

/**
 * The real main-side services on a real SQLite file in a temp dir, behind the same bridge the
 * preload builds — only the Electron IPC hop is left out. Unless `actor` is given, the desktop is
 * standalone with a local administrator and an agent, and `signedIn` (the agent by default) is signed
 * in; `signedIn: null` leaves the store empty and no one signed in (first run).
 */
export function realBridge(options: { osLocale?: string; settings?: unknown; now?: () => number; actor?: () => Actor; signedIn?: TestAccount | null; accounts?: readonly TestAccount[] } = {}) {
  const temp = makeTempDir();
  const tokenVault = options.actor || options.signedIn === null ? undefined : signedInDesktop(temp.dir, options.signedIn, options.accounts);
  const settingsBackend = memorySettingsBackend(options.settings ?? {});
  const services: MainServices = createMainServices({
    userDataDir: temp.dir,
    settingsBackend,
    version: '0.0.0-test',
    osLocale: options.osLocale ?? 'zh-CN',
    ...(options.now ? { now: options.now } : {}),
    ...(options.actor ? { actor: options.actor } : {}),
    ...(tokenVault ? { tokenVault } : {}),
  });
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const api: AgentDeskApi = buildBridge(services.dispatch, (channel, listener) => {
    const set = listeners.get(channel) ?? new Set();
    listeners.set(channel, set.add(listener));
    return () => void set.delete(listener);
  });
  return {
    api,
    services,
    settingsBackend,
    dir: temp.dir,
    /** Sends an event from "main" to every subscriber, as webContents.send would. */
    emit(channel: string, payload: unknown) {
      for (const listener of listeners.get(channel) ?? []) listener(payload);
    },
    close() {
      services.close();
      temp.cleanup();
    },
  };
}
