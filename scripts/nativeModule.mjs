// better-sqlite3 is a native module: it must be compiled for the runtime that loads it.
// Plain Node (tests, benchmarks) and Electron (the app) have different ABIs, so each entry point
// checks the build it needs and rebuilds only when the other one is in place.
import { spawnSync } from 'node:child_process';

const probe = "new (require('better-sqlite3'))(':memory:').prepare('select 1').get()";

/** True when better-sqlite3 loads in the given runtime (a Node binary, or Electron run as Node). */
export function loadsIn(executable, env = {}) {
  const result = spawnSync(executable, ['-e', probe], { env: { ...process.env, ...env }, encoding: 'utf8' });
  return result.status === 0;
}

export function run(command, args) {
  console.log(`> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
