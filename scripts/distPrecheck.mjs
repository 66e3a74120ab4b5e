// `npm run dist`, step 1: says before anything is built what this machine will and will not produce,
// and stops on what would fail later with a less clear message. Never downloads anything.
// docs/install.md explains each point.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The Node version electron-builder's tooling (@electron/rebuild, node-abi, @electron/get) declares. */
export const INSTALLER_NODE = [22, 12];

const TARGETS = { linux: 'AppImage and deb', win32: 'NSIS and MSI', darwin: 'dmg and zip' };
const set = (env, name) => Boolean(env[name]?.trim());

/**
 * @param {{ env: Record<string, string | undefined>, nodeVersion: string, platform: string, electronInstalled: boolean }} input
 * @returns {{ errors: string[], notes: string[] }}
 */
export function precheck({ env, nodeVersion, platform, electronInstalled }) {
  const errors = [];
  const notes = [];

  const [major = 0, minor = 0] = nodeVersion.replace(/^v/, '').split('.').map(Number);
  if (major < INSTALLER_NODE[0] || (major === INSTALLER_NODE[0] && minor < INSTALLER_NODE[1])) {
    errors.push(
      `Node ${nodeVersion} is too old to build installers: electron-builder's tooling (@electron/rebuild, node-abi) needs Node ${INSTALLER_NODE.join('.')}+. ` +
        'Development and tests run on Node 20.19+; build installers on Node 22.12+ (README, "Node version").',
    );
  }

  const target = TARGETS[platform];
  if (target) notes.push(`Builds for this platform (${platform}): ${target}. Build each platform's installers on that platform.`);
  else errors.push(`No installer targets for platform ${platform}: build on Linux, Windows or macOS.`);

  const feed = env.AGENTDESK_UPDATE_URL?.trim();
  if (!feed) {
    notes.push('Update feed off: AGENTDESK_UPDATE_URL is not set, so no latest*.yml is written. Set it to the https folder you will upload release/ to, to publish updates.');
  } else if (!/^https:\/\/[^/@\s]+/i.test(feed)) {
    errors.push(`AGENTDESK_UPDATE_URL must be an https URL without a user name or password (got ${feed}).`);
  } else {
    notes.push(`Update feed: ${feed} (upload everything in release/, latest*.yml included, there).`);
  }

  if (platform === 'win32' && !set(env, 'WIN_CSC_LINK') && !set(env, 'CSC_LINK')) {
    notes.push('Not signing: WIN_CSC_LINK (or CSC_LINK) is not set, so Windows SmartScreen will warn about the installers.');
  }
  if (platform === 'darwin') {
    if (!set(env, 'CSC_LINK')) notes.push('CSC_LINK is not set: signing uses a Developer ID identity from the login keychain, if there is one.');
    const appleId = ['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'].every((name) => set(env, name));
    const apiKey = ['APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER'].every((name) => set(env, name));
    if (!appleId && !apiKey) notes.push('Not notarizing: APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID are not all set; Gatekeeper will block the app on other Macs.');
  }

  if (!electronInstalled) {
    notes.push(
      'The Electron binary is not in node_modules/electron (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1?). Packaging does not need it, ' +
        'but electron-builder downloads the Electron zip for each target and the headers to rebuild better-sqlite3: this machine needs the ' +
        'Electron download host, ELECTRON_MIRROR, or a filled Electron cache (docs/install.md).',
    );
  }
  return { errors, notes };
}

function electronBinaryInstalled() {
  const pathFile = join(root, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return false;
  return existsSync(join(root, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim()));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { errors, notes } = precheck({ env: process.env, nodeVersion: process.version, platform: process.platform, electronInstalled: electronBinaryInstalled() });
  for (const note of notes) console.log(`dist: ${note}`);
  for (const error of errors) console.error(`dist: cannot build installers: ${error}`);
  process.exit(errors.length > 0 ? 1 : 0);
}
