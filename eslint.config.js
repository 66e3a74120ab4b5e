// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Files allowed to import Electron (and Electron-only packages) at runtime: the edge. */
export const electronEdgeFiles = ['src/main/index.ts', 'src/main/mainWindow.ts', 'src/preload/index.ts'];

const electronOnly = ['electron', 'electron-store', 'electron-updater'].map((name) => ({
  name,
  allowTypeImports: true,
  message: 'Electron runs only at the edge (src/main/index.ts, src/main/mainWindow.ts, src/preload/index.ts): import types only, or move this code there.',
}));

/**
 * Files under src/main, outside the store, that still hold SQL while another change moves it into
 * its table owner. tests/lint/sqlOwners.test.ts fails once a listed file is clean: then drop it here.
 */
export const pendingSqlMoves = ['src/main/ipc/handlers.ts'];

/** Only the table owners in src/main/store hold SQL (architecture rule 7); everything else calls them. */
const sqlOutsideStore = 'SQL lives only in the table owners under src/main/store: call (or add) an owner function there.';
const sqlText = '/\\b(SELECT\\b[\\s\\S]*\\bFROM|INSERT\\s+INTO|DELETE\\s+FROM|UPDATE\\s+\\w+\\s+SET|CREATE\\s+(UNIQUE\\s+)?(TABLE|INDEX))\\b/';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'worker_threads'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'coverage/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: electronEdgeFiles,
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: electronOnly }] },
  },
  {
    files: ['src/main/**/*.{ts,tsx}'],
    ignores: ['src/main/store/**', ...pendingSqlMoves],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'CallExpression[callee.property.name=/^(prepare|pragma)$/]', message: sqlOutsideStore },
        { selector: "CallExpression[callee.property.name='exec']:not([callee.object.regex])", message: sqlOutsideStore },
        { selector: `Literal[value=${sqlText}]`, message: sqlOutsideStore },
        { selector: `TemplateElement[value.raw=${sqlText}]`, message: sqlOutsideStore },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [...electronOnly, ...nodeBuiltins.map((name) => ({ name, message: 'The renderer is sandboxed: no Node modules; ask main through api.ts.' })), { name: 'better-sqlite3', message: 'The renderer reaches the store only through api.ts.' }],
          patterns: [
            { group: ['node:*'], message: 'The renderer is sandboxed: no Node modules; ask main through api.ts.' },
            { group: ['**/main/**', '**/server/**', '**/preload/**'], message: 'The renderer talks to main only through the contract in src/shared/api.ts.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [...electronOnly, ...nodeBuiltins.map((name) => ({ name, message: 'src/shared is pure: no I/O.' }))],
          patterns: [
            { group: ['node:*'], message: 'src/shared is pure: no I/O.' },
            { group: ['**/main/**', '**/renderer/**', '**/server/**', '**/preload/**'], message: 'src/shared depends on nothing but itself.' },
          ],
        },
      ],
    },
  },
);
