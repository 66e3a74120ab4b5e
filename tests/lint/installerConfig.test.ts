import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const config = parse(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown> & {
  linux: { target: string[] };
  win: { target: string[] };
  mac: { target: string[] };
  asarUnpack: string[];
  protocols: { schemes: string[] }[];
  publish: { provider: string; url: string };
};

describe('installer configuration (electron-builder.yml)', () => {
  it('builds AppImage, deb, NSIS and dmg', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.win.target).toContain('nsis');
    expect(config.mac.target).toContain('dmg');
  });

  it('unpacks the native SQLite module from the asar and rebuilds it for Electron', () => {
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**/*');
    expect(config['npmRebuild']).toBe(true);
  });

  it('registers the agentdesk:// protocol for screen pop', () => {
    expect(config.protocols.flatMap((p) => p.schemes)).toContain('agentdesk');
  });

  it('publishes updates to a configurable internal server, not a public one', () => {
    expect(config.publish).toEqual({ provider: 'generic', url: '${env.AGENTDESK_UPDATE_URL}' });
  });
});
