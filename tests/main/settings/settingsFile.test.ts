import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSettings } from '../../../src/main/settings/settings';
import { settingsFile, type SettingsSetAside } from '../../../src/main/settings/settingsFile';
import { settingsSchema } from '../../../src/shared/schemas/settings';
import { makeTempDir } from '../../support/tempDir';

const temps: { cleanup(): void }[] = [];
afterEach(() => temps.splice(0).forEach((t) => t.cleanup()));

function folder() {
  const temp = makeTempDir();
  temps.push(temp);
  return temp.dir;
}

const NOW = Date.UTC(2026, 10, 22, 9, 30, 0);

function open(dir: string) {
  const setAside: SettingsSetAside[] = [];
  const warnings: string[] = [];
  const backend = settingsFile(join(dir, 'settings.json'), { now: () => NOW, onSetAside: (event) => setAside.push(event) });
  const settings = createSettings(backend, (message) => warnings.push(message));
  return { settings, setAside, warnings };
}

describe('settings.json (settingsFile.ts)', () => {
  it('starts with defaults when there is no file, and reports nothing', () => {
    const dir = folder();
    const { settings, setAside } = open(dir);
    expect(settings.get()).toEqual(settingsSchema.parse({}));
    expect(setAside).toEqual([]);
    expect(existsSync(join(dir, 'settings.json'))).toBe(false);
  });

  it('writes through a temporary file and rename, and reads back what it wrote', () => {
    const dir = folder();
    open(dir).settings.update({ theme: 'dark', agentName: '王小明' });
    expect(readdirSync(dir)).toEqual(['settings.json']);
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toMatchObject({ theme: 'dark', agentName: '王小明' });
    expect(open(dir).settings.get()).toMatchObject({ theme: 'dark', agentName: '王小明' });
  });

  it.each([
    ['cut off mid-write', '{"theme": "dark", "agentNa'],
    ['not an object of settings', '["dark"]'],
    ['a value out of range', JSON.stringify({ lockAfterMinutes: -5 })],
    ['empty', ''],
  ])('a file that is %s is set aside, defaults are used, and it is reported once', (_what, text) => {
    const dir = folder();
    writeFileSync(join(dir, 'settings.json'), text);
    const { settings, setAside } = open(dir);
    expect(settings.get()).toEqual(settingsSchema.parse({}));
    const kept = join(dir, 'settings.corrupt-2026-11-22T09-30-00-000Z.json');
    expect(setAside).toEqual([{ keptAs: kept, reason: expect.any(String) }]);
    // The old file is kept byte for byte for support; settings.json is gone until the next save.
    expect(readFileSync(kept, 'utf8')).toBe(text);
    expect(existsSync(join(dir, 'settings.json'))).toBe(false);
    // The next start finds no file: nothing to report again.
    expect(open(dir).setAside).toEqual([]);
  });

  it('an unreadable settings.json (a folder in its place) is set aside too', () => {
    const dir = folder();
    mkdirSync(join(dir, 'settings.json'));
    const { settings, setAside } = open(dir);
    expect(settings.get().theme).toBe('system');
    expect(setAside).toEqual([{ keptAs: join(dir, 'settings.corrupt-2026-11-22T09-30-00-000Z.json'), reason: expect.stringContaining('unreadable') }]);
  });

  it('a settings file it cannot move is still reported, with nowhere kept', () => {
    if (process.getuid?.() === 0) return; // root may rename in a read-only folder
    const dir = folder();
    writeFileSync(join(dir, 'settings.json'), 'garbage');
    chmodSync(dir, 0o500);
    try {
      const { settings, setAside } = open(dir);
      expect(settings.get().theme).toBe('system');
      expect(setAside).toEqual([{ keptAs: null, reason: 'not JSON' }]);
    } finally {
      chmodSync(dir, 0o700);
    }
  });

  it('a failed save throws and leaves the old file as it was', () => {
    const dir = folder();
    const { settings } = open(dir);
    settings.update({ agentName: '李雷' });
    const before = readFileSync(join(dir, 'settings.json'), 'utf8');
    // A folder where the temporary file would go: the write fails before the rename.
    mkdirSync(join(dir, `settings.json.${process.pid}.tmp`));
    expect(() => settings.update({ agentName: '韩梅梅' })).toThrow();
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toBe(before);
    expect(settings.get().agentName).toBe('李雷');
  });
});
