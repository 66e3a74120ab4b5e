import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_USAGE } from '../../src/server/admin/adminArgs';
import { runAdminCli } from '../../src/server/admin/runAdminCli';
import { accountByNumber } from '../../src/server/auth/agentAccount';
import { verifyPassword } from '../../src/node/passwords';
import { DEMO_PASSWORD, demoAgents, seedDemoOrganisation } from '../../src/server/org/demoOrganisation';
import { OrgError } from '../../src/server/org/orgError';
import { createAgent, createBranch, createTeam, resetPassword } from '../../src/server/org/orgWrites';
import type { ServerDb } from '../../src/server/storage/serverDb';
import { pullChanges } from '../../src/server/sync/pullChanges';
import { syncTables } from '../../src/shared/sync/syncTables';
import { makeTempDir } from '../support/tempDir';
import { backends, openFreshServerDb, useFastScrypt, type TestServerDb } from './serverTestDb';

const T0 = Date.UTC(2026, 10, 23, 1, 0);

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof OrgError) return `${error.code}: ${error.message}`;
    throw error;
  }
  return 'done';
}

async function rows(db: ServerDb, tbl: string) {
  const found = await db.read((tx) => tx.all<{ branch_id: string | null; data: string; change_seq: number }>('SELECT branch_id, data, change_seq FROM records WHERE tbl = $1 ORDER BY change_seq', [tbl]));
  return found.map((row) => ({ ...row, data: JSON.parse(row.data) as Record<string, unknown> }));
}

async function cli(db: ServerDb, argv: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAdminCli(argv, { env, db, now: () => T0, out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe.each(backends)('organisation and admin CLI (%s)', (backend) => {
  let temp: ReturnType<typeof makeTempDir>;
  let server: TestServerDb;
  let db: ServerDb;

  beforeAll(useFastScrypt);
  beforeEach(async () => {
    temp = makeTempDir();
    server = await openFreshServerDb(backend, temp.dir);
    db = server.db;
  });
  afterEach(async () => {
    await server?.cleanup();
    temp?.cleanup();
  });

  it('writes branches, teams and agents as records desktops pull, each valid for the desktop and with its own change number', async () => {
    const branch = await createBranch(db, { code: 'SH01', name: '上海一店' });
    const team = await createTeam(db, { branch: 'SH01', name: '售后一组' });
    const byName = await createAgent(db, { number: '1001', name: '张敏', role: 'agent', branch: 'SH01', team: '售后一组', password: 'password-1001' }, T0);
    const byId = await createAgent(db, { number: '1101', name: '王芳', role: 'lead', branch: 'SH01', team: team.id, password: 'password-1101' }, T0);
    const noTeam = await createAgent(db, { number: '9001', name: '陈静', role: 'admin', branch: 'SH01', password: 'password-9001' }, T0);
    expect(branch.id).toMatch(/^[0-9a-f-]{36}$/);
    expect([byName.team_id, byId.team_id, noTeam.team_id]).toEqual([team.id, team.id, null]);

    const agents = await rows(db, 'agents');
    expect(agents.map((a) => a.data['number'])).toEqual(['1001', '1101', '9001']);
    for (const [tbl, found] of [['branches', await rows(db, 'branches')], ['teams', await rows(db, 'teams')], ['agents', agents]] as const) {
      for (const row of found) {
        expect(row.branch_id).toBe(branch.id);
        expect(syncTables[tbl].columns.strict().safeParse(row.data).success).toBe(true);
      }
    }
    const seqs = [...(await rows(db, 'branches')), ...(await rows(db, 'teams')), ...agents].map((r) => r.change_seq);
    expect(seqs).toEqual([1, 2, 3, 4, 5]);

    const page = await pullChanges(db, { id: byName.id, number: '1001', role: 'agent', branchId: branch.id, teamId: team.id }, { clientId: 'desk-1', cursor: 0, limit: 100 });
    expect(page.changes.map((c) => `${c.t}:${c.f['name']}`)).toEqual(['branches:上海一店', 'teams:售后一组', 'agents:张敏', 'agents:王芳', 'agents:陈静']);

    const account = await db.read((tx) => accountByNumber(tx, '1001'));
    expect(account).toMatchObject({ agentId: byName.id, tokenVersion: 0 });
    expect(account!.passwordHash).not.toContain('password-1001');
    expect(await verifyPassword('password-1001', account!.passwordHash)).toBe(true);
  });

  it('refuses duplicates, unknown branches and teams, weak passwords and bad codes, writing nothing', async () => {
    await createBranch(db, { code: 'SH01', name: '上海一店' });
    await createTeam(db, { branch: 'SH01', name: '售后一组' });
    await createAgent(db, { number: '1001', name: '张敏', role: 'agent', branch: 'SH01', password: 'password-1001' }, T0);
    const before = await db.read((tx) => tx.all('SELECT tbl, pk, change_seq FROM records ORDER BY change_seq'));

    expect(await refusal(createBranch(db, { code: 'SH01', name: '另一个' }))).toBe('duplicate: a branch with code SH01 already exists');
    expect(await refusal(createBranch(db, { code: 'sh-01', name: '小写' }))).toMatch(/^invalid: code: a branch code is 2–16 upper-case letters or digits/);
    expect(await refusal(createTeam(db, { branch: 'SH01', name: '售后一组' }))).toBe('duplicate: branch SH01 already has a team named 售后一组');
    expect(await refusal(createTeam(db, { branch: 'GZ01', name: '售后一组' }))).toBe('notFound: no branch with code GZ01');
    expect(await refusal(createAgent(db, { number: '1001', name: '重复', role: 'agent', branch: 'SH01', password: 'password-x' }))).toBe('duplicate: agent number 1001 is taken');
    expect(await refusal(createAgent(db, { number: '1002', name: '李伟', role: 'agent', branch: 'SH01', team: '不存在', password: 'password-x' }))).toBe('notFound: branch SH01 has no team 不存在');
    expect(await refusal(createAgent(db, { number: '1002', name: '李伟', role: 'agent', branch: 'SH01', password: 'short' }))).toBe('weakPassword: the password must be at least 8 characters');
    expect(await refusal(resetPassword(db, { number: '1001', password: '1234567' }))).toBe('weakPassword: the password must be at least 8 characters');
    expect(await refusal(resetPassword(db, { number: '4040', password: 'password-x' }))).toBe('notFound: no agent with number 4040');

    expect(await db.read((tx) => tx.all('SELECT tbl, pk, change_seq FROM records ORDER BY change_seq'))).toEqual(before);
    expect(await db.read((tx) => tx.all('SELECT number FROM accounts'))).toEqual([{ number: '1001' }]);
  });

  it('reset-password sets the new password and bumps the token version', async () => {
    await createBranch(db, { code: 'SH01', name: '上海一店' });
    await createAgent(db, { number: '1001', name: '张敏', role: 'agent', branch: 'SH01', password: 'password-old' }, T0);
    await resetPassword(db, { number: '1001', password: 'password-new' }, T0 + 1);
    const account = await db.read((tx) => accountByNumber(tx, '1001'));
    expect(account!.tokenVersion).toBe(1);
    expect(await verifyPassword('password-new', account!.passwordHash)).toBe(true);
    expect(await verifyPassword('password-old', account!.passwordHash)).toBe(false);
  });

  it('seed-demo makes the demo organisation once; a second run changes nothing', async () => {
    const first = await seedDemoOrganisation(db, T0);
    expect(first).toHaveLength(2 + 4 + demoAgents.length);
    const snapshot = await db.read((tx) => tx.all('SELECT tbl, pk, data, change_seq FROM records ORDER BY change_seq'));
    expect(await seedDemoOrganisation(db, T0)).toEqual([]);
    expect(await db.read((tx) => tx.all('SELECT tbl, pk, data, change_seq FROM records ORDER BY change_seq'))).toEqual(snapshot);
    const branches = (await rows(db, 'branches')).map((b) => b.data['code']);
    expect(branches).toEqual(['SH01', 'BJ01']);
    expect(await rows(db, 'teams')).toHaveLength(4);
    const roles = (await rows(db, 'agents')).map((a) => a.data['role']);
    expect(new Set(roles)).toEqual(new Set(['agent', 'lead', 'admin']));
    const lead = await db.read((tx) => accountByNumber(tx, '1101'));
    expect(await verifyPassword(DEMO_PASSWORD, lead!.passwordHash)).toBe(true);
  });

  it('runs the CLI commands: 0 when done, 1 when refused, 2 with the usage for bad arguments', async () => {
    expect(await cli(db, ['create-branch', '--code', 'SH01', '--name', '上海一店'])).toMatchObject({ code: 0, out: expect.stringMatching(/^created branch SH01 上海一店 \(/) });
    expect(await cli(db, ['create-team', '--branch', 'SH01', '--name', '售后一组'])).toMatchObject({ code: 0 });
    const created = await cli(db, ['create-agent', '--number', '1001', '--name', '张敏', '--role', 'agent', '--branch', 'SH01', '--team', '售后一组'], { AGENTDESK_PASSWORD: 'from-the-env-1' });
    expect(created).toMatchObject({ code: 0, out: expect.stringMatching(/^created agent 1001 张敏/) });
    expect(await verifyPassword('from-the-env-1', (await db.read((tx) => accountByNumber(tx, '1001')))!.passwordHash)).toBe(true);
    expect(await cli(db, ['reset-password', '--number', '1001', '--password', 'a-new-password'])).toMatchObject({ code: 0 });
    expect(await cli(db, ['deactivate-agent', '--number', '1001'])).toMatchObject({ code: 0, out: 'deactivated 1001 张敏' });
    expect(await cli(db, ['seed-demo'])).toMatchObject({ code: 0 });

    expect(await cli(db, ['create-branch', '--code', 'SH01', '--name', 'x'])).toEqual({ code: 1, out: '', err: 'error: a branch with code SH01 already exists' });
    expect(await cli(db, ['reset-password', '--number', '4040', '--password', 'password-x'])).toMatchObject({ code: 1 });

    const bad = [
      [[], 0],
      [['frobnicate'], 2],
      [['create-branch', '--code', 'GZ01'], 2],
      [['create-branch', '--code', 'GZ01', '--name', 'x', '--role', 'admin'], 2],
      [['create-agent', '--number', '1002', '--name', '李伟', '--role', 'boss', '--branch', 'SH01', '--password', 'password-x'], 2],
      [['create-agent', '--number', '1002', '--name', '李伟', '--role', 'agent', '--branch', 'SH01'], 2],
      [['create-agent', '--number', '1002', '--name', '李伟', '--role', 'agent', '--branch', 'SH01', '--password', 'short'], 2],
      [['reset-password', '--number'], 2],
    ] as const;
    for (const [argv, code] of bad) {
      const result = await cli(db, [...argv]);
      expect(result.code, argv.join(' ')).toBe(code);
      expect(code === 0 ? result.out : result.err, argv.join(' ')).toContain(ADMIN_USAGE);
    }
    expect((await cli(db, ['create-agent', '--number', '1002', '--name', '李伟', '--role', 'agent', '--branch', 'SH01', '--password', 'short'])).err).toMatch(/^warning: --password is deprecated[^\n]*\nerror: the password must be at least 8 characters/);
    expect((await cli(db, ['create-branch', '--code', 'GZ01'])).err).toMatch(/^error: create-branch needs --name/);
  });
});
