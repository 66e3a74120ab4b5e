import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImportMessages(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('the layering lint rule', () => {
  it.each(['src/main/store/someStore.ts', 'src/main/ipc/dispatch.ts', 'src/shared/domain/x.ts', 'src/renderer/App.tsx', 'src/server/index.ts'])(
    'fails a runtime electron import in %s',
    async (file) => {
      expect(await restrictedImportMessages("import { app } from 'electron';\nexport const a = app;\n", file)).toEqual([expect.stringMatching(/Electron runs only at the edge/)]);
      expect(await restrictedImportMessages("import Store from 'electron-store';\nexport const s = Store;\n", file)).toHaveLength(1);
    },
  );

  it('allows type-only electron imports anywhere', async () => {
    expect(await restrictedImportMessages("import type { IpcMain } from 'electron';\nexport type X = IpcMain;\n", 'src/main/ipc/registerIpc.ts')).toEqual([]);
  });

  it.each(['src/main/index.ts', 'src/main/mainWindow.ts', 'src/preload/index.ts'])('allows runtime electron imports at the edge: %s', async (file) => {
    expect(await restrictedImportMessages("import { app } from 'electron';\nexport const a = app;\n", file)).toEqual([]);
  });

  it('keeps Node and main-process code out of the renderer, and I/O out of shared', async () => {
    expect(await restrictedImportMessages("import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n", 'src/renderer/features/x.ts')).toHaveLength(1);
    expect(await restrictedImportMessages("import { openDatabase } from '../../main/store/openDatabase';\nexport const o = openDatabase;\n", 'src/renderer/features/x.ts')).toHaveLength(1);
    expect(await restrictedImportMessages("import { readFileSync } from 'fs';\nexport const r = readFileSync;\n", 'src/shared/domain/x.ts')).toHaveLength(1);
  });
});
