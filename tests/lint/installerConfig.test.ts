import { existsSync, readFileSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import { DESKTOP_RUNTIME_PACKAGES, desktopConfig, packagesTheDesktopDoesNotLoad } from '../../electron-builder.config';

const root = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const packageJson = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
const lock = JSON.parse(read('package-lock.json')) as Parameters<typeof packagesTheDesktopDoesNotLoad>[0];

const bare = desktopConfig({});
const withFeed = desktopConfig({ AGENTDESK_UPDATE_URL: 'https://updates.example.internal/agentdesk/' });

/**
 * Whether electron-builder would copy `path` into the app: production node_modules go in unless a
 * `!` pattern leaves them out; other files only when a pattern names them; the last match decides.
 */
function packaged(config: Configuration, path: string): boolean {
  let included = path.startsWith('node_modules/');
  for (const pattern of config.files as string[]) {
    if (pattern.startsWith('!')) {
      if (matchesGlob(path, pattern.slice(1))) included = false;
    } else if (matchesGlob(path, pattern)) included = true;
  }
  return included;
}

type Schema = { $ref?: string; anyOf?: Schema[]; properties?: Record<string, Schema>; type?: unknown };
const scheme = JSON.parse(read('node_modules/app-builder-lib/scheme.json')) as Schema & { definitions: Record<string, Schema> };

/** The object schemas a value may follow (through $ref and anyOf). */
function objectSchemas(schema: Schema): Schema[] {
  if (schema.$ref) return objectSchemas(scheme.definitions[schema.$ref.replace('#/definitions/', '')]!);
  if (schema.anyOf) return schema.anyOf.flatMap(objectSchemas);
  return schema.properties ? [schema] : [];
}

/** Option names the installed electron-builder does not know, as dotted paths. */
function unknownOptions(value: Record<string, unknown>, schema: Schema, at: string): string[] {
  const candidates = objectSchemas(schema);
  return Object.entries(value).flatMap(([key, inner]) => {
    const known = candidates.map((c) => c.properties?.[key]).filter((s): s is Schema => s !== undefined);
    if (known.length === 0) return [`${at}${key}`];
    if (inner && typeof inner === 'object' && !Array.isArray(inner)) return known.flatMap((s) => unknownOptions(inner as Record<string, unknown>, s, `${at}${key}.`));
    return [];
  });
}

describe('installer configuration (electron-builder.config.ts)', () => {
  it('replaces the YAML file, and `npm run dist` checks, builds, then packages with the typed config', () => {
    expect(existsSync(join(root, 'electron-builder.yml'))).toBe(false);
    expect(packageJson.scripts['dist']).toBe('node scripts/distPrecheck.mjs && npm run build && electron-builder --config electron-builder.config.ts');
  });

  it('uses only option names the installed electron-builder knows', () => {
    expect(unknownOptions(bare as Record<string, unknown>, scheme, '')).toEqual([]);
    expect(unknownOptions(withFeed as Record<string, unknown>, scheme, '')).toEqual([]);
  });

  it('builds with updates off when AGENTDESK_UPDATE_URL is unset: no publish block', () => {
    expect(bare).not.toHaveProperty('publish');
    expect(desktopConfig({ AGENTDESK_UPDATE_URL: '  ' })).not.toHaveProperty('publish');
  });

  it('publishes to a generic feed on the organisation’s https server when AGENTDESK_UPDATE_URL is set', () => {
    expect(withFeed.publish).toEqual([{ provider: 'generic', url: 'https://updates.example.internal/agentdesk/' }]);
  });

  it('refuses an update feed that is not https or carries credentials, naming the variable', () => {
    expect(() => desktopConfig({ AGENTDESK_UPDATE_URL: 'http://updates.example.internal/' })).toThrow(/AGENTDESK_UPDATE_URL must be https/);
    expect(() => desktopConfig({ AGENTDESK_UPDATE_URL: 'updates.example.internal' })).toThrow(/AGENTDESK_UPDATE_URL is not a URL/);
    expect(() => desktopConfig({ AGENTDESK_UPDATE_URL: 'https://bob:secret@updates.example.internal/' })).toThrow(/user name or password/);
  });

  it('builds dmg and zip for macOS (electron-updater updates macOS from the zip)', () => {
    expect(bare.mac?.target).toEqual(['dmg', 'zip']);
  });

  it('builds AppImage and deb for Linux, and registers agentdesk:// for screen pop', () => {
    expect(bare.linux?.target).toEqual(['AppImage', 'deb']);
    expect(bare.protocols).toEqual([{ name: 'AgentDesk', schemes: ['agentdesk'] }]);
  });

  it('builds NSIS with a per-machine choice for managed rollouts (/S /allusers) and an MSI', () => {
    expect(bare.win?.target).toEqual(['nsis', 'msi']);
    // oneClick false + perMachine false: the assisted installer's install-mode page, which is
    // what accepts /allusers and /currentuser on a silent (/S) install.
    expect(bare.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: true, packElevateHelper: true });
    expect(bare.msi).toMatchObject({ perMachine: true });
  });

  it('unpacks only native .node files from the asar', () => {
    expect(bare.asarUnpack).toEqual(['**/*.node']);
  });

  it('sets the Electron fuses', () => {
    expect(bare.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('packages what the desktop runs, never the server, sources, tests or source maps', () => {
    for (const path of ['package.json', 'dist/main/index.mjs', 'dist/preload/index.cjs', 'dist/renderer/index.html', 'dist/renderer/assets/index-abc.js']) {
      expect(packaged(bare, path), path).toBe(true);
    }
    for (const path of ['dist/server/main.js', 'src/server/main.ts', 'src/main/index.ts', 'tests/lint/installerConfig.test.ts', 'bench/run.ts', 'tools/demo/seed.ts', 'dist/main/index.mjs.map', 'electron-builder.config.ts']) {
      expect(packaged(bare, path), path).toBe(false);
    }
  });

  it('leaves the server-only packages (fastify, pg and theirs) out of the desktop, and keeps what main loads', () => {
    const excluded = packagesTheDesktopDoesNotLoad(lock);
    const dependencies = (lock.packages[''] as { dependencies?: Record<string, string> }).dependencies ?? {};
    for (const server of ['fastify', 'pg']) {
      if (server in dependencies) {
        expect(excluded).toContain(`node_modules/${server}`);
        expect(packaged(bare, `node_modules/${server}/package.json`)).toBe(false);
      } else {
        // A development dependency: electron-builder never packages those.
        expect(lock.packages[`node_modules/${server}`]?.dev).toBe(true);
      }
    }
    for (const name of DESKTOP_RUNTIME_PACKAGES) expect(excluded).not.toContain(`node_modules/${name}`);
    // …and what they need in turn: better-sqlite3 finds its binary through bindings.
    expect(excluded).not.toContain('node_modules/bindings');
    expect(packaged(bare, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node')).toBe(true);
  });

  it('works the dependency closure out from the lock file, nested copies included', () => {
    const fixture = {
      packages: {
        '': {},
        'node_modules/better-sqlite3': { dependencies: { bindings: '1' } },
        'node_modules/bindings': {},
        'node_modules/fastify': { dependencies: { shared: '2', avvio: '1' } },
        'node_modules/fastify/node_modules/shared': {},
        'node_modules/avvio': {},
        'node_modules/shared': {},
        'node_modules/exceljs': { dependencies: { shared: '1' } },
        'node_modules/vitest': { dev: true },
      },
    };
    expect(packagesTheDesktopDoesNotLoad(fixture)).toEqual(['node_modules/avvio', 'node_modules/fastify']);
  });

  it('keeps every package the main bundle leaves external (scripts/build.mjs)', () => {
    const build = read('scripts/build.mjs');
    const mainCall = build.slice(build.indexOf("'src/main/index.ts'"));
    const external = /external:\s*\[([^\]]*)\]/.exec(mainCall);
    expect(external, 'the main bundle’s external list in scripts/build.mjs').not.toBeNull();
    const names = [...external![1]!.matchAll(/'([^']+)'/g)].map((m) => m[1]!).filter((name) => name !== 'electron');
    expect(names.length).toBeGreaterThan(0);
    const kept: readonly string[] = DESKTOP_RUNTIME_PACKAGES;
    expect(names.filter((name) => !kept.includes(name))).toEqual([]);
  });

  it('reads signing from the environment only, and notarizes only with Apple credentials set', () => {
    const text = JSON.stringify(bare);
    for (const secret of ['cscLink', 'cscKeyPassword', 'certificateFile', 'certificatePassword', 'certificateSubjectName', 'identity', 'appleId', 'password']) {
      expect(text, secret).not.toContain(`"${secret}"`);
    }
    expect(bare.mac?.notarize).toBe(false);
    expect(desktopConfig({ APPLE_ID: 'it@example.com', APPLE_APP_SPECIFIC_PASSWORD: 'abcd-efgh' }).mac?.notarize).toBe(false);
    expect(desktopConfig({ APPLE_ID: 'it@example.com', APPLE_APP_SPECIFIC_PASSWORD: 'abcd-efgh', APPLE_TEAM_ID: 'TEAM123' }).mac?.notarize).toBe(true);
    expect(desktopConfig({ APPLE_API_KEY: '/keys/AuthKey.p8', APPLE_API_KEY_ID: 'KEY', APPLE_API_ISSUER: 'issuer' }).mac?.notarize).toBe(true);
  });

  it('documents every environment variable and the silent per-machine install for IT (docs/install.md)', () => {
    const guide = read('docs/install.md');
    for (const name of ['AGENTDESK_UPDATE_URL', 'CSC_LINK', 'CSC_KEY_PASSWORD', 'WIN_CSC_LINK', 'APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID', 'ELECTRON_MIRROR']) {
      expect(guide, name).toContain(name);
    }
    expect(guide).toContain('/S /allusers');
    expect(guide).toMatch(/msiexec \/i .*\/qn/);
  });
});
