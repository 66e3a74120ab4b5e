import { AppError } from '../../shared/result';
import type { Settings, SettingsPatch } from '../../shared/schemas/settings';
import type { Actor } from '../store/actor';
import type { MachinePolicy } from './machinePolicy';
import type { SettingsService } from './settings';

/** Settings only an admin (or the machine policy) may change: where data and updates come from. */
// The backup settings (issue 20) are an admin's too: where the store's copies go and how long they stay.
export const ADMIN_SETTINGS = ['serverUrl', 'updateUrl', 'autoUpdate', 'backupEveryHours', 'backupKeepDays', 'backupFolder'] as const;
type AdminSetting = (typeof ADMIN_SETTINGS)[number];

const policyOf = (policy: MachinePolicy): Partial<Pick<Settings, AdminSetting>> => ({
  ...(policy.serverUrl !== undefined ? { serverUrl: policy.serverUrl } : {}),
  ...(policy.updateUrl !== undefined ? { updateUrl: policy.updateUrl } : {}),
  ...(policy.autoUpdate !== undefined ? { autoUpdate: policy.autoUpdate } : {}),
});

/**
 * The settings the app sees: the user's, with the machine policy's values on top. Changing the
 * server address, the update address or auto-update needs an admin actor, and a value the policy
 * sets cannot be changed at all: either is refused with `forbidden` and nothing is saved. When
 * the server address changes, `onServerUrlChanged` runs (the session is ended there).
 */
export function guardedSettings(inner: SettingsService, policy: MachinePolicy, actor: () => Actor, onServerUrlChanged: (before: string | null) => void): SettingsService {
  const fixed = policyOf(policy);
  const effective = (): Settings => ({ ...inner.get(), ...fixed });
  return {
    get: effective,
    update(patch: SettingsPatch) {
      // Not an object: the inner service refuses it as invalid.
      if (!patch || typeof patch !== 'object') return inner.update(patch);
      const current = effective();
      for (const name of ADMIN_SETTINGS) {
        if (!(name in patch)) continue;
        const wanted = (patch as Record<string, unknown>)[name];
        if (wanted === current[name]) continue;
        if (name in fixed) throw new AppError('forbidden', `${name} is set by the machine policy and cannot be changed here`);
        if (actor().role !== 'admin') throw new AppError('forbidden', `only an admin may change ${name}`);
      }
      const before = current.serverUrl;
      // A value the policy fixes is not saved as the user's (it would outlive the policy).
      const own = Object.fromEntries(Object.entries(patch as Record<string, unknown>).filter(([name]) => !(name in fixed))) as SettingsPatch;
      inner.update(own);
      const next = effective();
      if (next.serverUrl !== before) onServerUrlChanged(before);
      return next;
    },
  };
}
