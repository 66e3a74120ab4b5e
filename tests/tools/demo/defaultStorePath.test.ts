import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASE_STORE_FILE } from '../../../src/main/services';
import { APP_NAME, appDataDir, defaultStorePath, userDataDir } from '../../../tools/demo/defaultStorePath';

const packageJson = JSON.parse(readFileSync(join(import.meta.dirname, '../../../package.json'), 'utf8')) as { productName: string };

describe("the desktop's default store, where seed:demo writes without --db", () => {
  it("names the app as Electron does: package.json's productName", () => {
    expect(APP_NAME).toBe(packageJson.productName);
  });

  it('on Linux: $XDG_CONFIG_HOME/AgentDesk, else ~/.config/AgentDesk (an empty variable counts as unset)', () => {
    expect(defaultStorePath('linux', { XDG_CONFIG_HOME: '/srv/cfg' }, '/home/li')).toBe(`/srv/cfg/AgentDesk/${CASE_STORE_FILE}`);
    expect(defaultStorePath('linux', {}, '/home/li')).toBe('/home/li/.config/AgentDesk/agentdesk.db');
    expect(defaultStorePath('linux', { XDG_CONFIG_HOME: '' }, '/home/li')).toBe('/home/li/.config/AgentDesk/agentdesk.db');
    expect(defaultStorePath('freebsd', {}, '/home/li')).toBe('/home/li/.config/AgentDesk/agentdesk.db');
  });

  it('on macOS: ~/Library/Application Support/AgentDesk, whatever XDG_CONFIG_HOME says', () => {
    expect(defaultStorePath('darwin', { XDG_CONFIG_HOME: '/srv/cfg' }, '/Users/li')).toBe('/Users/li/Library/Application Support/AgentDesk/agentdesk.db');
    expect(appDataDir('darwin', {}, '/Users/li')).toBe('/Users/li/Library/Application Support');
  });

  it('on Windows: %APPDATA%\\AgentDesk, else <home>\\AppData\\Roaming\\AgentDesk, with backslashes', () => {
    expect(defaultStorePath('win32', { APPDATA: 'C:\\Users\\li\\AppData\\Roaming' }, 'C:\\Users\\li')).toBe('C:\\Users\\li\\AppData\\Roaming\\AgentDesk\\agentdesk.db');
    expect(userDataDir('win32', { APPDATA: 'D:\\Profiles\\li' }, 'C:\\Users\\li')).toBe('D:\\Profiles\\li\\AgentDesk');
    expect(userDataDir('win32', {}, 'C:\\Users\\li')).toBe('C:\\Users\\li\\AppData\\Roaming\\AgentDesk');
  });
});
