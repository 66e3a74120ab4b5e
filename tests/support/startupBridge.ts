import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createCase } from '../../src/main/actions/caseActions';
import { memorySettingsBackend } from '../../src/main/settings/settings';
import { localAgent } from '../../src/main/store/actor';
import { backUpDatabase } from '../../src/main/store/backups/backupFiles';
import { openDatabase } from '../../src/main/store/openDatabase';
import { createStartupController, type StartupControllerOptions } from '../../src/main/startup/startupController';
import { buildBridge } from '../../src/preload/buildBridge';
import type { AgentDeskApi } from '../../src/shared/api';
import { eventChannelOf } from '../../src/shared/channels';
import { createMainServices } from '../../src/main/services';
import { memoryTokenVault } from '../../src/main/sync/session';
import { makeTempDir } from './tempDir';
import { addTestAccounts, testAdmin, testAgent } from './testAccounts';

export const STARTUP_T0 = Date.UTC(2026, 11, 5, 8, 0, 0);

/** A store file with `count` cases in `dir`, and (optionally) a backup of it taken an hour before T0. */
export async function seedStore(dir: string, count: number, options: { backup?: boolean; damage?: boolean } = {}): Promise<string> {
  const path = join(dir, 'agentdesk.db');
  const db = openDatabase(path);
  for (let i = 0; i < count; i++) {
    createCase(db, { customerName: `客户${i}`, customerPhone: `1390000${String(i).padStart(4, '0')}`, channel: 'phone', subject: `问题 ${i} `.repeat(8) }, { now: STARTUP_T0 + i, actor: localAgent, branchCode: 'SH01', utcOffsetMinutes: 480 });
  }
  if (options.backup) await backUpDatabase(db, join(dir, 'backups'), STARTUP_T0 - 3_600_000);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  if (options.damage) {
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0xab), 0, 4096, 4096 * 10);
    closeSync(fd);
  }
  return path;
}

/**
 * The real startup controller on a temp folder behind the preload's bridge, its state events
 * delivered to subscribers as the window would get them.
 */
export function startupBridge(options: { settings?: unknown; prepare?: (dir: string) => Promise<unknown>; extra?: Partial<StartupControllerOptions> } = {}) {
  const temp = makeTempDir();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const emit = (channel: string, payload: unknown) => {
    for (const listener of listeners.get(channel) ?? []) listener(payload);
  };
  let reloads = 0;
  const startup = createStartupController({
    services: {
      userDataDir: temp.dir,
      settingsBackend: memorySettingsBackend(options.settings ?? {}),
      version: '0.0.0-test',
      osLocale: 'zh-CN',
      now: () => STARTUP_T0,
      backupTimer: { setTimeout: () => 0, clearTimeout: () => {} },
    },
    onState: (state) => emit(eventChannelOf.onStartupState, state),
    reloadWindow: () => reloads++,
    // The test agent is signed in once the store is open (accounts live in the store), as after a sign-in.
    createServices: (services) => {
      if (services.db) addTestAccounts(services.db, [testAdmin, testAgent]);
      return createMainServices({ ...services, tokenVault: services.tokenVault ?? memoryTokenVault(`local:${testAgent.id}`) });
    },
    ...options.extra,
  });
  const api: AgentDeskApi = buildBridge(startup.dispatch, (channel, listener) => {
    const set = listeners.get(channel) ?? new Set();
    listeners.set(channel, set.add(listener));
    return () => void set.delete(listener);
  });
  return {
    api,
    startup,
    dir: temp.dir,
    emit,
    reloads: () => reloads,
    close() {
      startup.close();
      temp.cleanup();
    },
  };
}
