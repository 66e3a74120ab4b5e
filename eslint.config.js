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

/** Only the table owners in src/main/store hold SQL (architecture rule 7); everything else calls them. */
const sqlOutsideStore = 'SQL lives only in the table owners under src/main/store: call (or add) an owner function there.';
const sqlText = '/\\b(SELECT\\b[\\s\\S]*\\bFROM|INSERT\\s+INTO|DELETE\\s+FROM|UPDATE\\s+\\w+\\s+SET|CREATE\\s+(UNIQUE\\s+)?(TABLE|INDEX))\\b/';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'worker_threads'];

/**
 * Which process folders a layer may not import. Main and the server share Node-only code through
 * src/node and pure code through src/shared, never by importing each other.
 */
const layerImports = (message, ...folders) => ({ group: folders.map((folder) => `**/${folder}/**`), message });
const mainLayer = layerImports('src/main does not import the sync server: move what both need to src/node (Node-only) or src/shared (pure).', 'server');
const serverLayer = layerImports('The sync server imports neither main nor the renderer: move what both need to src/node (Node-only) or src/shared (pure).', 'main', 'renderer');
const nodeLayer = layerImports('src/node is the Node layer under main and the server: it imports only itself and src/shared.', 'main', 'server', 'renderer', 'preload');
const rendererPaths = [
  ...electronOnly,
  ...nodeBuiltins.map((name) => ({ name, message: 'The renderer is sandboxed: no Node modules; ask main through api.ts.' })),
  { name: 'better-sqlite3', message: 'The renderer reaches the store only through api.ts.' },
];
const rendererPatterns = [
  { group: ['node:*'], message: 'The renderer is sandboxed: no Node modules; ask main through api.ts.' },
  { group: ['**/main/**', '**/server/**', '**/preload/**'], message: 'The renderer talks to main only through the contract in src/shared/api.ts.' },
];

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
    files: ['src/main/**/*.ts'],
    ignores: electronEdgeFiles,
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: electronOnly, patterns: [mainLayer] }] },
  },
  {
    // The Electron edge of main: Electron at runtime is allowed here, the server still is not.
    files: electronEdgeFiles.filter((file) => file.startsWith('src/main/')),
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [mainLayer] }] },
  },
  {
    files: ['src/server/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: electronOnly, patterns: [serverLayer] }] },
  },
  {
    files: ['src/node/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: electronOnly, patterns: [nodeLayer] }] },
  },
  {
    // SQL only in the table owners (tests/lint/sqlOwners.test.ts lists offenders too).
    files: ['src/main/**/*.{ts,tsx}'],
    ignores: ['src/main/store/**'],
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
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: rendererPaths, patterns: rendererPatterns }] },
  },
  {
    // A feature is a folder that stands alone: what two features share lives in ui/ (or state/, api.ts, i18n).
    files: ['src/renderer/features/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: rendererPaths,
          patterns: [
            ...rendererPatterns,
            { regex: '^\\.\\./[^./]|(^|/)features/', message: 'A feature does not import another feature: move what both need to src/renderer/ui/ (or state/).' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/ui/**/*.{ts,tsx}', 'src/renderer/state/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: rendererPaths,
          patterns: [...rendererPatterns, { regex: '(^|/)features(/|$)', message: 'ui/ and state/ serve the features and import none of them.' }],
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
            { group: ['**/main/**', '**/renderer/**', '**/server/**', '**/node/**', '**/preload/**'], message: 'src/shared depends on nothing but itself.' },
          ],
        },
      ],
    },
  },
);
