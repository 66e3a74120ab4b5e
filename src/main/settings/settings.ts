import { settingsPatch, settingsSchema, type Settings, type SettingsPatch } from '../../shared/schemas/settings';
import { AppError } from '../../shared/result';
import { toFieldIssues } from '../../shared/validation';

/** Where settings live: settings.json (settingsFile.ts) in the app, memory in tests. */
export interface SettingsBackend {
  read(): unknown;
  write(value: Settings): void;
}

export interface SettingsService {
  get(): Settings;
  update(patch: SettingsPatch): Settings;
}

/** Validated settings; a corrupt or hand-edited file falls back to defaults with a warning, never a crash. */
export function createSettings(backend: SettingsBackend, warn: (message: string) => void): SettingsService {
  let current = load();

  function load(): Settings {
    const parsed = settingsSchema.safeParse(backend.read() ?? {});
    if (parsed.success) return parsed.data;
    warn(`settings are invalid and were reset to defaults: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
    const defaults = settingsSchema.parse({});
    backend.write(defaults);
    return defaults;
  }

  return {
    get: () => current,
    update(patch) {
      const parsed = settingsPatch.safeParse(patch);
      if (!parsed.success) throw new AppError('validation', 'invalid settings', toFieldIssues(parsed.error));
      const next = settingsSchema.parse({ ...current, ...parsed.data });
      backend.write(next);
      current = next;
      return current;
    },
  };
}

export function memorySettingsBackend(initial: unknown = {}): SettingsBackend & { value: unknown } {
  const backend = {
    value: initial,
    read: () => backend.value,
    write: (value: Settings) => {
      backend.value = value;
    },
  };
  return backend;
}
