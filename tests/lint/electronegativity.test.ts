import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/tempDir';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const electronVersion = (JSON.parse(readFileSync(join(repoRoot, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;

describe('electronegativity', () => {
  it('finds no high-severity Electron misconfiguration in src/', async () => {
    const temp = makeTempDir();
    const report = join(temp.dir, 'electronegativity.csv');
    try {
      await promisify(execFile)(process.execPath, [join(repoRoot, 'node_modules/@doyensec/electronegativity/dist/index.js'), '-i', join(repoRoot, 'src'), '-e', electronVersion, '-o', report, '-r', '-v', 'false'], { cwd: repoRoot, timeout: 120_000 });
      const findings = readFileSync(report, 'utf8').split('\n').slice(1).filter((line) => line.trim() !== '');
      expect(findings.length).toBeGreaterThan(0); // the scan ran and reported what it reviews
      expect(findings.filter((line) => /,"HIGH",/.test(line))).toEqual([]);
    } finally {
      temp.cleanup();
    }
  }, 300_000);
});
