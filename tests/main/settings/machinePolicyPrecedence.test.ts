import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN_SETTINGS, guardedSettings } from '../../../src/main/settings/guardedSettings';
import { defaultPolicyPath, readMachinePolicy, type MachinePolicy } from '../../../src/main/settings/machinePolicy';
import { createSettings, memorySettingsBackend } from '../../../src/main/settings/settings';
import type { Role } from '../../../src/shared/schemas/domainTerms';
import { makeTempDir } from '../../support/tempDir';

const userChoice = { serverUrl: 'https://sync.user.example', updateUrl: 'https://updates.user.example/agentdesk', autoUpdate: false };
const attempts = [{ serverUrl: 'https://sync.other.example' }, { serverUrl: null }, { updateUrl: 'https://updates.other.example/' }, { autoUpdate: true }];

function desktop(policy: MachinePolicy, role: Role) {
  const backend = memorySettingsBackend({ ...userChoice, branchCode: 'SH01' });
  const serverChanges: (string | null)[] = [];
  const settings = guardedSettings(createSettings(backend, () => {}), policy, () => ({ agentId: 'a1', role }), (before) => serverChanges.push(before));
  return { backend, settings, serverChanges, stored: () => JSON.stringify(backend.value) };
}

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return 'accepted';
};

describe('machine policy precedence over the user’s settings', () => {
  it('guards exactly the server address, the update address, auto-update and the backup settings', () => {
    expect([...ADMIN_SETTINGS].sort()).toEqual(['autoUpdate', 'backupEveryHours', 'backupFolder', 'backupKeepDays', 'serverUrl', 'updateUrl']);
  });

  it('shows the policy file’s values over the stored settings, without writing them into the user’s file', () => {
    const temp = makeTempDir();
    try {
      const file = join(temp.dir, 'policy.json');
      writeFileSync(file, JSON.stringify({ serverUrl: 'https://sync.policy.example', updateUrl: 'https://updates.policy.example/agentdesk', autoUpdate: true }));
      const { settings, stored } = desktop(readMachinePolicy(file), 'agent');
      const before = stored();
      expect(settings.get()).toMatchObject({ serverUrl: 'https://sync.policy.example', updateUrl: 'https://updates.policy.example/agentdesk', autoUpdate: true, branchCode: 'SH01' });
      expect(stored()).toBe(before);
    } finally {
      temp.cleanup();
    }
  });

  it('refuses every role, admin included, a change to a value the policy sets, and saves nothing', () => {
    const policy: MachinePolicy = { serverUrl: 'https://sync.policy.example', updateUrl: 'https://updates.policy.example/agentdesk', autoUpdate: false };
    for (const role of ['agent', 'lead', 'admin'] as const) {
      const { settings, stored, serverChanges } = desktop(policy, role);
      const before = stored();
      for (const patch of [{ serverUrl: 'https://sync.other.example' }, { updateUrl: 'https://updates.other.example/' }, { autoUpdate: true }]) {
        expect(refusal(() => settings.update(patch)), `${role} ${JSON.stringify(patch)}`).toBe('forbidden');
      }
      // A refused patch is refused whole: the harmless field beside it is not saved either.
      expect(refusal(() => settings.update({ serverUrl: 'https://sync.other.example', agentName: '李雷' }))).toBe('forbidden');
      expect(stored()).toBe(before);
      expect(serverChanges).toEqual([]);
      expect(settings.get()).toMatchObject(policy);
    }
  });

  it('lets only an admin change them when no policy sets them: an agent or a lead is refused and nothing is saved', () => {
    for (const role of ['agent', 'lead'] as const) {
      const { settings, stored } = desktop({}, role);
      const before = stored();
      for (const patch of attempts) expect(refusal(() => settings.update(patch)), `${role} ${JSON.stringify(patch)}`).toBe('forbidden');
      expect(stored()).toBe(before);
      expect(settings.get()).toMatchObject(userChoice);
      // Their own settings still save.
      expect(settings.update({ locale: 'en' })).toMatchObject({ locale: 'en', ...userChoice });
    }
    const admin = desktop({}, 'admin');
    expect(admin.settings.update({ serverUrl: 'https://sync.other.example', autoUpdate: true })).toMatchObject({ serverUrl: 'https://sync.other.example', autoUpdate: true });
    expect(admin.serverChanges).toEqual(['https://sync.user.example']);
  });

  it('leaves the settings a partial policy does not set to the admin', () => {
    const { settings } = desktop({ serverUrl: 'https://sync.policy.example' }, 'admin');
    expect(refusal(() => settings.update({ serverUrl: 'https://sync.other.example' }))).toBe('forbidden');
    expect(settings.update({ autoUpdate: true })).toMatchObject({ serverUrl: 'https://sync.policy.example', autoUpdate: true });
  });

  it('ignores AGENTDESK_POLICY_FILE in an installed app, so an agent cannot swap the policy for a file of their own', () => {
    const env = { AGENTDESK_POLICY_FILE: '/home/agent/my-policy.json', ProgramData: 'C:\\ProgramData' };
    expect(defaultPolicyPath(env, 'linux', true)).toBe('/etc/agentdesk/policy.json');
    expect(defaultPolicyPath(env, 'darwin', true)).toBe('/Library/Application Support/AgentDesk/policy.json');
    expect(defaultPolicyPath(env, 'win32', true)).toMatch(/^C:\\ProgramData[\\/]AgentDesk[\\/]policy\.json$/);
    // From a source checkout (`npm start`) the variable still points the desktop at a test policy.
    expect(defaultPolicyPath(env, 'linux', false)).toBe('/home/agent/my-policy.json');
    expect(defaultPolicyPath(env, 'linux')).toBe('/home/agent/my-policy.json');
  });
});
