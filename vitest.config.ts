import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * Three projects: node (shared, node, main, server, the Electron glue with electron mocked, lint),
 * renderer (jsdom + Testing Library), and e2e (Debian Chromium driving the built renderer).
 * The JSON report feeds the `N passed, N failed` line that .ci/run prints.
 */
export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/{shared,node,main,server,glue,lint,tools}/**/*.test.ts'],
          // Ceilings, not expectations: a loaded 2-core machine runs some tests many times slower.
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.tsx'],
          setupFiles: ['tests/support/jsdomSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
