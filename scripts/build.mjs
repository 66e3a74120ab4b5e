// Builds the desktop into dist/: renderer (Vite), main (ESM) and the sandboxed preload (CJS).
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';

const shared = { bundle: true, platform: 'node', target: 'node22', sourcemap: true, logLevel: 'warning' };

await vite({ configFile: 'vite.config.ts', logLevel: 'warn' });
await esbuild({
  ...shared,
  entryPoints: ['src/main/index.ts'],
  outfile: 'dist/main/index.mjs',
  format: 'esm',
  // Native and Electron-only packages stay in node_modules (better-sqlite3 is unpacked from the asar).
  // pdfkit reads its font metrics from files next to its own code; exceljs is large: both load from node_modules.
  external: ['electron', 'better-sqlite3', 'electron-store', 'pdfkit', 'exceljs'],
});
await esbuild({
  ...shared,
  entryPoints: ['src/preload/index.ts'],
  outfile: 'dist/preload/index.cjs',
  format: 'cjs',
  external: ['electron'],
});
console.log('built dist/renderer, dist/main/index.mjs, dist/preload/index.cjs');
