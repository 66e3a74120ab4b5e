// `npm start`: build and launch the desktop. Needs the Electron binary: `npm install` downloads it on
// a normal workstation, and requiring 'electron' fetches it on first use if the install skipped it.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { loadsIn, run } from './nativeModule.mjs';

const require = createRequire(import.meta.url);
let electron;
try {
  electron = require('electron'); // the path of the Electron binary
} catch (error) {
  console.error(
    [
      'AgentDesk cannot start: the Electron binary is not installed and could not be downloaded.',
      `(${error.message.split('\n')[0]})`,
      'Run `npx install-electron` on a machine with internet access (or copy node_modules/electron/dist from one).',
      'The tests (`npm test`) do not need Electron.',
    ].join('\n'),
  );
  process.exit(1);
}

if (!loadsIn(electron, { ELECTRON_RUN_AS_NODE: '1' })) {
  console.log('Rebuilding better-sqlite3 for Electron’s ABI (once; `npm test` switches it back for Node)…');
  run('npx', ['electron-builder', 'install-app-deps']);
}
run(process.execPath, ['scripts/build.mjs']);
const child = spawn(electron, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
