// Installers for the AgentDesk desktop: `npm run dist` (scripts/distPrecheck.mjs, the build, then
// `electron-builder --config electron-builder.config.ts`). Build each platform's installers on that
// platform, on a machine that can download Electron; docs/install.md is the IT admin's guide.
// Option names checked against app-builder-lib 26.17 (node_modules/app-builder-lib/scheme.json).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Configuration } from 'electron-builder';

/** The environment variables this file reads; signing secrets are read by electron-builder itself. */
export interface DistEnv {
  /** https feed the desktops update from; unset: no publish block, no update files (updates off). */
  AGENTDESK_UPDATE_URL?: string | undefined;
  /** macOS notarization (Apple ID route); all three set: notarize, else skip it. */
  APPLE_ID?: string | undefined;
  APPLE_APP_SPECIFIC_PASSWORD?: string | undefined;
  APPLE_TEAM_ID?: string | undefined;
  /** macOS notarization (App Store Connect API key route), the one Apple recommends. */
  APPLE_API_KEY?: string | undefined;
  APPLE_API_KEY_ID?: string | undefined;
  APPLE_API_ISSUER?: string | undefined;
}

const root = dirname(fileURLToPath(import.meta.url));

/**
 * Packages the main bundle loads from node_modules at run time: what scripts/build.mjs leaves
 * external (Electron itself aside), plus electron-updater, loaded only when updates are on.
 * Everything else the main process needs is bundled into dist/main by esbuild.
 */
export const DESKTOP_RUNTIME_PACKAGES = ['better-sqlite3', 'electron-store', 'electron-updater', 'exceljs', 'pdfkit'] as const;

/** The environment variables that switch notarization on, in the groups electron-builder accepts. */
const NOTARIZE_GROUPS = [
  ['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'],
  ['APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER'],
] as const satisfies readonly (readonly (keyof DistEnv)[])[];

export function notarizationConfigured(env: DistEnv): boolean {
  return NOTARIZE_GROUPS.some((group) => group.every((name) => Boolean(env[name]?.trim())));
}

/** The update feed: an absolute https URL, or null (updates off). Anything else is refused. */
export function updateFeedUrl(env: DistEnv): string | null {
  const raw = env.AGENTDESK_UPDATE_URL?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`AGENTDESK_UPDATE_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== 'https:') throw new Error(`AGENTDESK_UPDATE_URL must be https (the desktops refuse any other feed): ${raw}`);
  if (url.username || url.password) throw new Error('AGENTDESK_UPDATE_URL must not carry a user name or password');
  return url.toString();
}

interface LockEntry {
  dev?: boolean;
  link?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/** Where Node would find `name` when required from the package at `from` (a package-lock path). */
function resolveInLock(packages: Record<string, LockEntry>, from: string, name: string): string | null {
  let base = from;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!base) return null;
    const parent = base.lastIndexOf('/node_modules/');
    base = parent < 0 ? '' : base.slice(0, parent);
  }
}

/**
 * The production packages (package-lock paths) the desktop does not load: the sync server's
 * fastify, pg and their dependencies, and what esbuild already bundled into dist/main. They are
 * left out of the app archive with `!` patterns, so the installer carries only what the desktop
 * runs, whichever manifest the server's dependencies end up in.
 */
export function packagesTheDesktopDoesNotLoad(lock: { packages: Record<string, LockEntry> }): string[] {
  const { packages } = lock;
  const needed = new Set<string>();
  const stack: [string, string][] = DESKTOP_RUNTIME_PACKAGES.map((name) => ['', name]);
  while (stack.length > 0) {
    const [from, name] = stack.pop()!;
    const path = resolveInLock(packages, from, name);
    if (!path || needed.has(path)) continue;
    needed.add(path);
    const entry = packages[path]!;
    for (const dependency of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) stack.push([path, dependency]);
  }
  const unneeded = Object.entries(packages)
    .filter(([path, entry]) => path.startsWith('node_modules/') && !entry.dev && !entry.link && !needed.has(path))
    .map(([path]) => path);
  // A package inside one already left out goes with it.
  return unneeded.filter((path) => !unneeded.some((other) => path.startsWith(`${other}/node_modules/`))).sort();
}

function readLock(): { packages: Record<string, LockEntry> } {
  return JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
}

export function desktopConfig(env: DistEnv = process.env, lock = readLock()): Configuration {
  const feed = updateFeedUrl(env);
  return {
    appId: 'com.agentdesk.desktop',
    productName: 'AgentDesk',
    copyright: 'Copyright © 2026 AgentDesk',
    directories: { output: 'release', buildResources: 'assets' },
    // Only what the desktop runs: never dist/server, sources, tests or source maps. The icon
    // comes from buildResources at packaging time; main reads no file from assets/ at run time.
    files: [
      'package.json',
      'dist/main/**/*',
      'dist/preload/**/*',
      'dist/renderer/**/*',
      '!**/*.map',
      ...packagesTheDesktopDoesNotLoad(lock).map((path) => `!${path}/**`),
    ],
    // Native modules cannot be loaded from inside the asar archive; nothing else is unpacked.
    asarUnpack: ['**/*.node'],
    npmRebuild: true,
    electronFuses: {
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    },
    // Screen pop: softphones open agentdesk://call?number=… when a call rings.
    protocols: [{ name: 'AgentDesk', schemes: ['agentdesk'] }],
    linux: {
      target: ['AppImage', 'deb'],
      category: 'Office',
      icon: 'assets/icon.png',
      maintainer: 'AgentDesk <support@agentdesk.invalid>',
    },
    // Signing: electron-builder reads WIN_CSC_LINK / WIN_CSC_KEY_PASSWORD (or CSC_LINK /
    // CSC_KEY_PASSWORD) itself; without them the installers are unsigned.
    win: { target: ['nsis', 'msi'], icon: 'assets/icon.png' },
    // Assisted installer: the user (or `/S /allusers` in a managed rollout) chooses per-user or
    // per-machine; the elevate helper stays in so electron-updater can update a per-machine install.
    nsis: {
      oneClick: false,
      perMachine: false,
      allowElevation: true,
      packElevateHelper: true,
      allowToChangeInstallationDirectory: true,
    },
    // MSI for Group Policy / Intune / SCCM: always per-machine, silent with `msiexec /i … /qn`.
    msi: { oneClick: false, perMachine: true },
    // Signing reads CSC_LINK / CSC_KEY_PASSWORD (or the login keychain); notarization only when
    // the Apple credentials are in the environment. zip: electron-updater updates macOS from it.
    mac: {
      target: ['dmg', 'zip'],
      category: 'public.app-category.business',
      icon: 'assets/icon.png',
      hardenedRuntime: true,
      notarize: notarizationConfigured(env),
    },
    // Updates (electron-updater) come only from the organisation's own https server: with a feed
    // the build writes latest*.yml next to the installers for upload there; without one it
    // builds with updates off (the desktops may still be pointed at a feed by machine policy).
    ...(feed ? { publish: [{ provider: 'generic' as const, url: feed }] } : {}),
  };
}

export default desktopConfig();
