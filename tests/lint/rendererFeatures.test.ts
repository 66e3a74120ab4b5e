import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const renderer = resolve('src/renderer');
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImportMessages(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** The renderer folder a file sits in: "features/call", "ui", "state", or "" for the top (App.tsx, api.ts…). */
function areaOf(path: string): string {
  const parts = relative(renderer, path).split(sep);
  if (parts[0] === 'features') return parts.length > 2 ? `features/${parts[1]}` : 'features';
  return parts.length > 1 ? parts[0]! : '';
}

/** Every relative import of a renderer file whose target sits where its folder may not reach: "file → target". */
function offenders(): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(renderer)) {
    const from = areaOf(file);
    if (!from.startsWith('features/') && from !== 'ui' && from !== 'state') continue;
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s+'(\.[^']*)'/g)) {
      const to = areaOf(resolve(dirname(file), specifier!));
      const refused = from.startsWith('features/') ? to.startsWith('features') && to !== from : to.startsWith('features');
      if (refused) found.push(`${relative(renderer, file)} → ${specifier}`);
    }
  }
  return found;
}

describe('renderer features stand alone', () => {
  it('no feature imports another feature, and ui/ and state/ import none', () => {
    expect(offenders()).toEqual([]);
  });

  it('the lint rule refuses an import of another feature, and lets a feature use ui/ and its own files', async () => {
    expect(await restrictedImportMessages("import { x } from '../sync/rejectionReason';\nexport const y = x;\n", 'src/renderer/features/detail/x.ts')).toEqual([expect.stringMatching(/does not import another feature/)]);
    expect(await restrictedImportMessages("import '../reports/reports.css';\n", 'src/renderer/features/team/x.ts')).toHaveLength(1);
    expect(await restrictedImportMessages("import { useNow } from '../../ui/useNow';\nimport { z } from './z';\nexport const y = [useNow, z];\n", 'src/renderer/features/detail/x.ts')).toEqual([]);
  });

  it('the lint rule refuses a feature import in ui/ and state/', async () => {
    expect(await restrictedImportMessages("import { x } from '../features/call/callStore';\nexport const y = x;\n", 'src/renderer/ui/x.ts')).toHaveLength(1);
    expect(await restrictedImportMessages("import { x } from '../features/call/callStore';\nexport const y = x;\n", 'src/renderer/state/x.ts')).toHaveLength(1);
  });
});
