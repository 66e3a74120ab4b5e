import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServerDb } from '../../src/server/storage/openServerDb';
import { makeTempDir } from '../support/tempDir';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

describe('admin CLI process', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeAll(() => void (temp = makeTempDir()));
  afterAll(() => temp.cleanup());

  const run = (args: string[], env: Record<string, string> = {}) => {
    const base: NodeJS.ProcessEnv = { ...process.env, AGENTDESK_SERVER_DB: join(temp.dir, 'server.db'), AGENTDESK_SCRYPT_N: '1024', ...env };
    delete base['DATABASE_URL'];
    return spawnSync(process.execPath, ['--import', 'tsx', 'src/server/admin/adminCli.ts', ...args], { cwd: repoRoot, env: base, encoding: 'utf8', timeout: 30_000 });
  };

  it('exits 2 with the usage for bad arguments, 0 when done, 1 when refused; the database is the one AGENTDESK_SERVER_DB names', async () => {
    const bad = run(['create-agent', '--number', '1001']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^error: create-agent needs --name\nusage: npm run server:admin -- COMMAND/);

    const done = run(['create-branch', '--code', 'SH01', '--name', '上海一店']);
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
    expect(done.stdout).toMatch(/^created branch SH01 上海一店 \([0-9a-f-]{36}\)\n$/);

    const refused = run(['create-branch', '--code', 'SH01', '--name', '上海一店']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe('error: a branch with code SH01 already exists\n');

    const db = await openServerDb({ sqlitePath: join(temp.dir, 'server.db') });
    try {
      expect(await db.read((tx) => tx.all("SELECT tbl FROM records"))).toEqual([{ tbl: 'branches' }]);
    } finally {
      await db.close();
    }
  });
});
