import { dirname, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Type-checks one extra file as if it were part of the given process's tsconfig. */
function diagnosticsFor(configDir: string, fileName: string, source: string): string[] {
  const configPath = resolve(configDir, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(configPath));
  const file = resolve(configDir, fileName);
  const host = ts.createCompilerHost(parsed.options);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => (resolve(name) === file ? source : readFile(name));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => resolve(name) === file || fileExists(name);
  const program = ts.createProgram({ rootNames: [file], options: parsed.options, host });
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('per-process TypeScript configs', () => {
  it('main has Node and Electron but no DOM: `window` does not type-check', () => {
    expect(diagnosticsFor('src/main', '__probe.ts', 'export const w = window.document;')).toEqual([expect.stringMatching(/Cannot find name 'window'/)]);
    expect(diagnosticsFor('src/main', '__probe.ts', "import { readFileSync } from 'node:fs';\nimport type { BrowserWindow } from 'electron';\nexport const r = readFileSync; export type B = BrowserWindow;")).toEqual([]);
  });

  it('the renderer has the DOM but no Node: `fs` and `process` do not type-check', () => {
    const errors = diagnosticsFor('src/renderer', '__probe.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync; export const p = process.env;");
    expect(errors).toHaveLength(2);
    expect(diagnosticsFor('src/renderer', '__probe.ts', 'export const d = window.document.title;')).toEqual([]);
  });

  it('the Node layer (src/node) has Node but no DOM', () => {
    expect(diagnosticsFor('src/node', '__probe.ts', 'export const w = window.document;')).toEqual([expect.stringMatching(/Cannot find name 'window'/)]);
    expect(diagnosticsFor('src/node', '__probe.ts', "import { scrypt } from 'node:crypto';\nexport const s = scrypt; export const p = process.env;")).toEqual([]);
  });

  it('shared code has neither', () => {
    expect(diagnosticsFor('src/shared', '__probe.ts', 'export const w = window; export const p = process;')).toHaveLength(2);
  });

  it('main and preload check against Electron’s own electron.d.ts', () => {
    expect(diagnosticsFor('src/preload', '__probe.ts', "import { contextBridge } from 'electron';\nexport const c: (key: string, api: unknown) => void = contextBridge.exposeInMainWorld;")).toEqual([]);
    expect(diagnosticsFor('src/main', '__probe.ts', "import { app } from 'electron';\nexport const n: number = app.getName();")).toEqual([expect.stringMatching(/string.*number/)]);
  });
});
