// Writes server/package-lock.json from the root package-lock.json: the server image installs
// exactly the versions the tests ran against. It keeps, from the root lockfile, the packages
// server/package.json's dependencies reach (same paths, same versions and integrity), and drops
// the desktop's "dev" flags. Run after changing server/package.json or updating the root lockfile;
// tests/server/deployFiles.test.ts fails when the two lockfiles disagree.
// Usage: node scripts/serverLock.mjs [--check]   (--check: exit 1 if the file is out of date)
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const rootLock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8'));
const manifest = JSON.parse(readFileSync(new URL('server/package.json', root), 'utf8'));
const target = new URL('server/package-lock.json', root);

/** Where Node would find `name` from a package installed at `from` (its own node_modules first, then up). */
function resolve(from, name) {
  for (let at = from; ; ) {
    const candidate = `${at ? `${at}/` : ''}node_modules/${name}`;
    if (rootLock.packages[candidate]) return candidate;
    if (!at) return null;
    const cut = at.lastIndexOf('/node_modules/');
    at = cut === -1 ? '' : at.slice(0, cut);
  }
}

/** Every package reachable from the server's dependencies; `required` follows only non-optional edges. */
function reach(includeOptional) {
  const seen = new Set();
  const queue = Object.keys(manifest.dependencies).map((name) => {
    const at = resolve('', name);
    if (!at) throw new Error(`${name} is not in the root package-lock.json: add it to the root package.json first`);
    if (rootLock.packages[at].version !== manifest.dependencies[name]) {
      throw new Error(`server/package.json pins ${name} ${manifest.dependencies[name]} but the root lockfile has ${rootLock.packages[at].version}`);
    }
    return at;
  });
  while (queue.length > 0) {
    const at = queue.shift();
    if (seen.has(at)) continue;
    seen.add(at);
    const entry = rootLock.packages[at];
    const optionalPeers = Object.entries(entry.peerDependenciesMeta ?? {}).filter(([, meta]) => meta.optional).map(([name]) => name);
    const names = [
      ...Object.keys(entry.dependencies ?? {}),
      ...Object.keys(entry.peerDependencies ?? {}).filter((name) => !optionalPeers.includes(name)),
      ...(includeOptional ? Object.keys(entry.optionalDependencies ?? {}) : []),
    ];
    for (const name of names) {
      const found = resolve(at, name);
      if (found) queue.push(found);
      else if (!includeOptional || !(name in (entry.optionalDependencies ?? {}))) throw new Error(`${at} needs ${name}, which the root lockfile lacks`);
    }
  }
  return seen;
}

const all = reach(true);
const required = reach(false);
const packages = {
  '': { name: manifest.name, version: manifest.version, dependencies: manifest.dependencies, ...(manifest.engines ? { engines: manifest.engines } : {}) },
};
for (const at of [...all].sort()) {
  const { dev: _dev, devOptional: _devOptional, optional: _optional, peer: _peer, ...entry } = rootLock.packages[at];
  packages[at] = required.has(at) ? entry : { ...entry, optional: true };
}
const text = `${JSON.stringify({ name: manifest.name, version: manifest.version, lockfileVersion: 3, requires: true, packages }, null, 2)}\n`;

if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== text) {
    console.error('server/package-lock.json is out of date: run node scripts/serverLock.mjs');
    process.exit(1);
  }
  console.log(`server/package-lock.json matches the root lockfile (${all.size} packages)`);
} else {
  writeFileSync(target, text);
  console.log(`wrote server/package-lock.json: ${all.size} packages from the root lockfile`);
}
