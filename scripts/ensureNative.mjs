// `npm run native:node`: make sure better-sqlite3 is built for this Node (after `npm start` on a
// workstation rebuilt it for Electron). Rebuilds from source when needed (~60 s).
import { loadsIn, run } from './nativeModule.mjs';

if (loadsIn(process.execPath)) process.exit(0);
console.log('better-sqlite3 is not built for this Node (probably built for Electron by `npm start`); rebuilding…');
run('npm', ['rebuild', 'better-sqlite3']);
if (!loadsIn(process.execPath)) {
  console.error('better-sqlite3 still does not load in Node after rebuilding: check that python3, make and a C++ compiler are installed.');
  process.exit(1);
}
