import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImportMessages(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

const importOf = (specifier: string): string => `import { x } from '${specifier}';\nexport const y = x;\n`;

describe('the process layering lint rules', () => {
  it.each([
    ['src/main/sync/someModule.ts', '../../server/auth/tokens'],
    ['src/main/index.ts', '../server/auth/tokens'],
    ['src/main/mainWindow.ts', '../server/auth/tokens'],
  ])('keeps the sync server out of main: %s importing %s', async (file, specifier) => {
    expect(await restrictedImportMessages(importOf(specifier), file)).toEqual([expect.stringMatching(/src\/main does not import the sync server/)]);
  });

  it.each([
    ['src/server/auth/someModule.ts', '../../main/store/caseReads'],
    ['src/server/someModule.ts', '../main/store/caseReads'],
    ['src/server/auth/someModule.ts', '../../renderer/i18n/resources'],
  ])('keeps main and the renderer out of the server: %s importing %s', async (file, specifier) => {
    expect(await restrictedImportMessages(importOf(specifier), file)).toEqual([expect.stringMatching(/sync server imports neither main nor the renderer/)]);
  });

  it.each(['../main/store/caseReads', '../server/auth/tokens', '../renderer/i18n/resources', '../preload/buildBridge'])(
    'keeps src/node below every process: importing %s',
    async (specifier) => {
      expect(await restrictedImportMessages(importOf(specifier), 'src/node/someModule.ts')).toEqual([expect.stringMatching(/src\/node is the Node layer/)]);
    },
  );

  it.each(['../../main/store/caseReads', '../../server/auth/tokens', '../../node/passwords', '../../renderer/i18n/resources', '../../preload/buildBridge'])(
    'keeps src/shared free of every process and of src/node: importing %s',
    async (specifier) => {
      expect(await restrictedImportMessages(importOf(specifier), 'src/shared/domain/someModule.ts')).toEqual([expect.stringMatching(/src\/shared depends on nothing but itself/)]);
    },
  );

  it('lets main and the server import src/node and src/shared, and src/node import src/shared and Node', async () => {
    expect(await restrictedImportMessages(importOf('../../node/passwords'), 'src/main/sync/someModule.ts')).toEqual([]);
    expect(await restrictedImportMessages(importOf('../../shared/schemas/domainTerms'), 'src/main/sync/someModule.ts')).toEqual([]);
    expect(await restrictedImportMessages(importOf('../node/passwords'), 'src/main/index.ts')).toEqual([]);
    expect(await restrictedImportMessages(importOf('../../node/passwords'), 'src/server/auth/someModule.ts')).toEqual([]);
    expect(await restrictedImportMessages(importOf('../../shared/schemas/domainTerms'), 'src/server/auth/someModule.ts')).toEqual([]);
    expect(await restrictedImportMessages(importOf('../shared/schemas/domainTerms'), 'src/node/someModule.ts')).toEqual([]);
    expect(await restrictedImportMessages(importOf('node:crypto'), 'src/node/someModule.ts')).toEqual([]);
  });

  it('still keeps Electron at the edge in main, the server and src/node', async () => {
    for (const file of ['src/main/store/someStore.ts', 'src/server/someModule.ts', 'src/node/someModule.ts']) {
      expect(await restrictedImportMessages(importOf('electron'), file)).toEqual([expect.stringMatching(/Electron runs only at the edge/)]);
    }
    expect(await restrictedImportMessages(importOf('electron'), 'src/main/index.ts')).toEqual([]);
  });
});
