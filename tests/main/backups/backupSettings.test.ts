import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardedSettings } from '../../../src/main/settings/guardedSettings';
import { createSettings, memorySettingsBackend } from '../../../src/main/settings/settings';
import { backupFolderOf } from '../../../src/main/services';
import type { Actor } from '../../../src/main/store/actor';

const admin: Actor = { agentId: 'ad', role: 'admin' };
const agent: Actor = { agentId: 'ag', role: 'agent' };

describe('backup settings', () => {
  it('default to every 24 hours, kept 14 days, in <data>/backups', () => {
    const settings = createSettings(memorySettingsBackend(), () => {}).get();
    expect(settings).toMatchObject({ backupEveryHours: 24, backupKeepDays: 14, backupFolder: null });
    expect(backupFolderOf(settings, '/home/a/.config/AgentDesk')).toBe(join('/home/a/.config/AgentDesk', 'backups'));
    expect(backupFolderOf({ backupFolder: '/srv/backups' }, '/x')).toBe('/srv/backups');
  });

  it('are an admin’s to change; an agent is refused and nothing is saved', () => {
    let who = agent;
    const backend = memorySettingsBackend();
    const settings = guardedSettings(createSettings(backend, () => {}), {}, () => who, () => {});
    for (const patch of [{ backupFolder: '/srv/backups' }, { backupEveryHours: 6 }, { backupKeepDays: 30 }]) {
      expect(() => settings.update(patch)).toThrow(expect.objectContaining({ code: 'forbidden' }));
    }
    expect(settings.get()).toMatchObject({ backupEveryHours: 24, backupKeepDays: 14, backupFolder: null });
    who = admin;
    expect(settings.update({ backupFolder: '/srv/backups', backupEveryHours: 6, backupKeepDays: 30 })).toMatchObject({ backupFolder: '/srv/backups', backupEveryHours: 6, backupKeepDays: 30 });
  });

  it('refuse a relative folder or an out-of-range period with a field error, nothing saved', () => {
    const settings = createSettings(memorySettingsBackend(), () => {});
    expect(() => settings.update({ backupFolder: 'backups' })).toThrow(expect.objectContaining({ code: 'validation', issues: [{ path: 'backupFolder', key: 'invalid' }] }));
    expect(() => settings.update({ backupKeepDays: 0 })).toThrow(expect.objectContaining({ code: 'validation', issues: [{ path: 'backupKeepDays', key: 'invalid' }] }));
    expect(settings.get().backupFolder).toBeNull();
  });
});
