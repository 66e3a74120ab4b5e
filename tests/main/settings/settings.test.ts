import { describe, expect, it } from 'vitest';
import { createSettings, memorySettingsBackend } from '../../../src/main/settings/settings';

describe('settings', () => {
  it('falls back to defaults with a warning when the stored settings are corrupt', () => {
    const backend = memorySettingsBackend({ locale: 'klingon', branchCode: 7 });
    const warnings: string[] = [];
    const settings = createSettings(backend, (w) => warnings.push(w));
    expect(settings.get()).toEqual({
      locale: null,
      branchCode: 'BR01',
      serverUrl: null,
      companyName: '',
      agentName: '',
      agentNumber: '',
      theme: 'system',
      lockAfterMinutes: 15,
      windowBounds: null,
      autoUpdate: false,
      updateUrl: null,
      backupEveryHours: 24,
      backupKeepDays: 14,
      backupFolder: null,
      telephonyEnabled: false,
      telephonyPort: 17455,
      telephonyToken: '',
      holdPromptSeconds: 45,
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/reset to defaults: locale, branchCode/);
    expect(backend.value).toEqual(settings.get());
  });

  it('saves a valid change and refuses an invalid one without changing anything', () => {
    const backend = memorySettingsBackend({ branchCode: 'SH01' });
    const settings = createSettings(backend, () => {});
    expect(settings.update({ locale: 'en', serverUrl: 'https://sync.branch.example' })).toMatchObject({ locale: 'en', branchCode: 'SH01' });
    expect(() => settings.update({ serverUrl: 'ftp://nope' })).toThrow(expect.objectContaining({ code: 'validation' }));
    expect(() => settings.update({ locale: 'fr' } as never)).toThrow(expect.objectContaining({ code: 'validation' }));
    expect(backend.value).toMatchObject({ locale: 'en', serverUrl: 'https://sync.branch.example' });
  });
});
