import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Settings } from '../../shared/schemas/settings';
import { settingsSchema } from '../../shared/schemas/settings';
import type { SettingsBackend } from './settings';

/** What happened to a settings file that could not be used. */
export interface SettingsSetAside {
  /** Where the old file now is (`settings.corrupt-<time>.json`); null when it could not even be moved. */
  keptAs: string | null;
  reason: string;
}

export interface SettingsFileOptions {
  now?: () => number;
  /** Called once when the file was unreadable, not JSON or not valid settings, after it was set aside. */
  onSetAside?: (event: SettingsSetAside) => void;
}

/**
 * The user's settings in one JSON file (`settings.json` in the user data folder), replacing
 * electron-store: plain Node fs, so it runs and is tested without Electron.
 * - Written atomically: a temporary file in the same folder, flushed, then renamed over the old one,
 *   so a crash or power cut mid-write leaves the old file or the new, never half of one.
 * - A file that exists but cannot be read, is not JSON, or does not hold valid settings is renamed to
 *   `settings.corrupt-<time>.json` (kept for support, never overwritten), defaults are used, and
 *   `onSetAside` tells the app once — it does not keep the app from starting.
 * - No file yet: defaults, nothing reported.
 */
export function settingsFile(path: string, options: SettingsFileOptions = {}): SettingsBackend {
  const now = options.now ?? Date.now;

  function setAside(reason: string): undefined {
    const stamp = new Date(now()).toISOString().replace(/[:.]/g, '-');
    const target = join(dirname(path), `${basename(path, '.json')}.corrupt-${stamp}.json`);
    let keptAs: string | null = target;
    try {
      renameSync(path, target);
    } catch {
      keptAs = null;
    }
    options.onSetAside?.({ keptAs, reason });
    return undefined;
  }

  return {
    read(): unknown {
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        return setAside(`unreadable: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        return setAside('not JSON');
      }
      if (!settingsSchema.safeParse(json).success) return setAside('invalid settings');
      return json;
    },
    write(value: Settings): void {
      mkdirSync(dirname(path), { recursive: true });
      const temp = `${path}.${process.pid}.tmp`;
      try {
        const fd = openSync(temp, 'w', 0o600);
        try {
          writeSync(fd, `${JSON.stringify(value, null, 2)}\n`);
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
        renameSync(temp, path);
      } catch (error) {
        rmSync(temp, { force: true });
        throw error;
      }
    },
  };
}

export const SETTINGS_FILE = 'settings.json';
