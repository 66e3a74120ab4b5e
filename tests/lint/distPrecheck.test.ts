import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

interface Input {
  env: Record<string, string | undefined>;
  nodeVersion: string;
  platform: string;
  electronInstalled: boolean;
}
const script = join(import.meta.dirname, '../../scripts/distPrecheck.mjs');
const { precheck } = (await import(pathToFileURL(script).href)) as { precheck: (input: Input) => { errors: string[]; notes: string[] } };
const base: Input = { env: {}, nodeVersion: 'v22.12.0', platform: 'linux', electronInstalled: true };

describe('npm run dist precheck (scripts/distPrecheck.mjs)', () => {
  it('passes on Node 22.12 with updates off, saying so', () => {
    const { errors, notes } = precheck(base);
    expect(errors).toEqual([]);
    expect(notes.join('\n')).toMatch(/Update feed off: AGENTDESK_UPDATE_URL is not set/);
    expect(notes.join('\n')).toMatch(/AppImage and deb/);
  });

  it('stops on a Node older than electron-builder’s tooling needs, naming both versions', () => {
    expect(precheck({ ...base, nodeVersion: 'v20.20.2' }).errors.join('\n')).toMatch(/Node v20\.20\.2 is too old.*22\.12\+/);
    expect(precheck({ ...base, nodeVersion: 'v22.11.0' }).errors).toHaveLength(1);
    expect(precheck({ ...base, nodeVersion: 'v24.1.0' }).errors).toEqual([]);
  });

  it('stops on an update feed that is not https', () => {
    expect(precheck({ ...base, env: { AGENTDESK_UPDATE_URL: 'http://updates.example.internal/' } }).errors.join('\n')).toMatch(/AGENTDESK_UPDATE_URL must be an https URL/);
    expect(precheck({ ...base, env: { AGENTDESK_UPDATE_URL: 'https://updates.example.internal/agentdesk/' } }).notes.join('\n')).toMatch(/Update feed: https:\/\/updates\.example\.internal/);
  });

  it('says when the Electron binary is missing and how packaging gets Electron instead', () => {
    expect(precheck({ ...base, electronInstalled: false }).notes.join('\n')).toMatch(/Electron binary is not in node_modules\/electron.*ELECTRON_MIRROR/s);
  });

  it('says when installers will be unsigned or not notarized', () => {
    expect(precheck({ ...base, platform: 'win32' }).notes.join('\n')).toMatch(/Not signing: WIN_CSC_LINK/);
    expect(precheck({ ...base, platform: 'win32', env: { WIN_CSC_LINK: '/certs/agentdesk.pfx' } }).notes.join('\n')).not.toMatch(/Not signing/);
    expect(precheck({ ...base, platform: 'darwin' }).notes.join('\n')).toMatch(/Not notarizing/);
    const apple = { APPLE_ID: 'it@example.com', APPLE_APP_SPECIFIC_PASSWORD: 'abcd', APPLE_TEAM_ID: 'TEAM123' };
    expect(precheck({ ...base, platform: 'darwin', env: apple }).notes.join('\n')).not.toMatch(/Not notarizing/);
  });

  it('runs as a script: messages on the console, exit 1 on an error', () => {
    const run = spawnSync(process.execPath, [script], { encoding: 'utf8', env: { PATH: process.env['PATH'], AGENTDESK_UPDATE_URL: 'ftp://nope' } });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/dist: cannot build installers: AGENTDESK_UPDATE_URL must be an https URL/);
  });
});
