import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('the sandboxed preload bundle', () => {
  it('holds the channel lists but no zod and no schemas (bundled as scripts/build.mjs does, in memory)', async () => {
    const result = await build({
      entryPoints: ['src/preload/index.ts'],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['electron'],
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('src/shared/contract/channels/cases.ts');
    expect(inputs.filter((path) => path.includes('node_modules') || path.includes('/schemas/'))).toEqual([]);
    expect(result.outputFiles[0]!.text).not.toMatch(/\bzod\b/);
  });
});
