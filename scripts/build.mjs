// Builds the desktop into dist/: renderer (Vite), main (ESM) and the sandboxed preload (CJS).
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';

// `node scripts/build.mjs --main-only`: main and preload only (tests/glue/builtMain.test.ts boots that bundle).
const mainOnly = process.argv.includes('--main-only');
const shared = { bundle: true, platform: 'node', target: 'node22', sourcemap: true, logLevel: 'warning' };

if (!mainOnly) await vite({ configFile: 'vite.config.ts', logLevel: 'warn' });
await esbuild({
  ...shared,
  entryPoints: ['src/main/index.ts'],
  outfile: 'dist/main/index.mjs',
  format: 'esm',
  // Native and Electron-only packages stay in node_modules (better-sqlite3 is unpacked from the asar).
  // electron-updater is CommonJS that requires fs, electron … at run time: bundled into this ESM
  // file it fails with "Dynamic require of fs is not supported", so it loads from node_modules.
  // pdfkit reads its font metrics from files next to its own code; exceljs is large: both load from node_modules.
  external: ['electron', 'electron-updater', 'better-sqlite3', 'pdfkit', 'exceljs'],
});
await esbuild({
  ...shared,
  entryPoints: ['src/preload/index.ts'],
  outfile: 'dist/preload/index.cjs',
  format: 'cjs',
  external: ['electron'],
});
console.log(`built ${mainOnly ? '' : 'dist/renderer, '}dist/main/index.mjs, dist/preload/index.cjs`);
