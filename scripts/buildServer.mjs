// Builds the sync server into dist/server/ for plain `node` (no tsx): main.js (the server),
// adminCli.js (the admin CLI) and healthcheck.js (the container's HEALTHCHECK).
// Our own code, zod and the other pure-JS helpers are bundled; the runtime dependencies listed in
// server/package.json stay external and load from node_modules (better-sqlite3 is native).
// Usage: node scripts/buildServer.mjs [--outdir DIR]   (default dist/server)
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist/server' } } });
const serverManifest = JSON.parse(readFileSync(new URL('../server/package.json', import.meta.url), 'utf8'));
const external = Object.keys(serverManifest.dependencies);

await build({
  entryPoints: {
    main: 'src/server/main.ts',
    adminCli: 'src/server/admin/adminCli.ts',
    healthcheck: 'src/server/healthcheck.ts',
  },
  outdir: values.outdir,
  outExtension: { '.js': '.js' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  logLevel: 'warning',
  external,
  // A CommonJS package bundled into ESM may call require() for a Node built-in: give it a real one.
  banner: { js: "import { createRequire as __agentdeskRequire } from 'node:module'; const require = __agentdeskRequire(import.meta.url);" },
});
console.log(`built ${values.outdir}/main.js, ${values.outdir}/adminCli.js, ${values.outdir}/healthcheck.js (external: ${external.join(', ')})`);
