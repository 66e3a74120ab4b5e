import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../src/node/passwords';
import { accountByNumber } from '../../src/server/auth/agentAccount';
import { latestSchemaVersion, openServerDb, type OpenServerDbOptions } from '../../src/server/storage/openServerDb';
import { loginResponseSchema } from '../../src/shared/sync/protocol';
import { makeTempDir } from '../support/tempDir';
import { buildServerApp, serverEnv, startBuilt, type BuiltServerApp, type RunningServer } from './builtServerApp';
import { backends, dropPgSchema, openFreshServerDb, TEST_PG_URL, useFastScrypt, type Backend } from './serverTestDb';

/** Issue 20 items 8–9: the server built by `npm run build:server` runs under plain `node`. */
let temp: ReturnType<typeof makeTempDir>;
let app: BuiltServerApp;
const running: RunningServer[] = [];

beforeAll(() => {
  useFastScrypt();
  temp = makeTempDir('agentdesk-built-server-');
  app = buildServerApp(join(temp.dir, 'app'));
}, 120_000);
afterEach(async () => {
  for (const server of running.splice(0)) {
    server.child.kill('SIGKILL');
    await server.exited;
  }
});
afterAll(() => temp?.cleanup());

const start = async (env: Record<string, string>) => {
  const server = await startBuilt(app.main, app.dir, serverEnv(env));
  running.push(server);
  return server;
};
const admin = (args: string[], env: Record<string, string>, input?: string) =>
  spawnSync(process.execPath, [app.adminCli, ...args], { cwd: app.dir, env: serverEnv(env), encoding: 'utf8', timeout: 60_000, ...(input === undefined ? {} : { input }) });
const post = (url: string, body: unknown, token?: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });

describe('the built server (plain node, SQLite)', { timeout: 120_000 }, () => {
  it('builds main.js, adminCli.js and healthcheck.js whose only packages are server/package.json dependencies', () => {
    const allowed = Object.keys((JSON.parse(readFileSync(join(app.dir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies);
    for (const file of [app.main, app.adminCli, app.healthcheck]) {
      expect(existsSync(file), file).toBe(true);
      const text = readFileSync(file, 'utf8');
      const imported = [...text.matchAll(/^import\b[^;]*?from\s*"([^"]+)";/gm), ...text.matchAll(/\bimport\("([^"]+)"\)/g)].map((m) => m[1]!);
      const packages = new Set(imported.filter((name) => !name.startsWith('node:')).map((name) => (name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]!)));
      expect([...packages].filter((name) => !allowed.includes(name)), file).toEqual([]);
    }
  });

  it('answers /health and /metrics, counts requests, pushes and pulls, and exits 0 on SIGTERM', async () => {
    const db = join(temp.dir, 'metrics.db');
    expect(admin(['create-branch', '--code', 'SH01', '--name', '上海一店'], { AGENTDESK_SERVER_DB: db }).status).toBe(0);
    const created = admin(['create-agent', '--number', '1001', '--name', '张敏', '--role', 'agent', '--branch', 'SH01', '--password-stdin'], { AGENTDESK_SERVER_DB: db }, 'password-1001\n');
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);

    const server = await start({ AGENTDESK_SERVER_DB: db });
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true, db: 'sqlite', schema: latestSchemaVersion });

    const login = await post(`${server.url}/auth/login`, { number: '1001', password: 'password-1001' });
    expect(login.status).toBe(200);
    const { token } = loginResponseSchema.parse(await login.json());
    expect((await post(`${server.url}/sync/pull`, { clientId: 'desk-1', cursor: 0 }, token)).status).toBe(200);
    expect((await fetch(`${server.url}/no/such/thing`)).status).toBe(404);

    const metrics = await fetch(`${server.url}/metrics`);
    expect(metrics.status).toBe(200);
    expect(metrics.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await metrics.text();
    expect(text).toContain('agentdesk_http_requests_total{method="GET",route="/health",status="200"} 1\n');
    expect(text).toContain('agentdesk_http_requests_total{method="POST",route="/auth/login",status="200"} 1\n');
    expect(text).toContain('agentdesk_http_requests_total{method="GET",route="unmatched",status="404"} 1\n');
    expect(text).toContain('agentdesk_http_errors_total{code="notFound"} 1\n');
    expect(text).toContain('agentdesk_sync_pulls_total 1\n');
    expect(text).toContain('agentdesk_sync_pulled_rows_total 2\n'); // the branch and the agent
    expect(text).toContain('agentdesk_active_desktops 1\n');
    expect(text).not.toContain('desk-1');

    const healthcheck = spawnSync(process.execPath, [app.healthcheck], { cwd: app.dir, env: serverEnv({ PORT: String(server.port) }), encoding: 'utf8', timeout: 30_000 });
    expect(healthcheck.status).toBe(0);

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.output()).toMatch(/"msg":"closed"/);
    expect(server.output()).not.toContain('password-1001');
    const down = spawnSync(process.execPath, [app.healthcheck], { cwd: app.dir, env: serverEnv({ PORT: String(server.port) }), encoding: 'utf8', timeout: 30_000 });
    expect(down.status).toBe(1);
  });

  it('serves HTTPS with AGENTDESK_TLS_CERT and AGENTDESK_TLS_KEY', async () => {
    const cert = join(temp.dir, 'cert.pem');
    const key = join(temp.dir, 'key.pem');
    const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=localhost', '-addext', 'subjectAltName=IP:127.0.0.1'], { encoding: 'utf8', timeout: 30_000 });
    expect(made.status, made.stderr).toBe(0);
    const tls = { AGENTDESK_SERVER_DB: join(temp.dir, 'tls.db'), AGENTDESK_TLS_CERT: cert, AGENTDESK_TLS_KEY: key };
    const server = await start(tls);
    expect(server.url).toBe(`https://127.0.0.1:${server.port}`);
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const ask = request(`${server.url}/health`, { ca: readFileSync(cert) }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => void (body += chunk.toString('utf8')));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      });
      ask.on('error', reject);
      ask.end();
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true });
    const healthcheck = spawnSync(process.execPath, [app.healthcheck], { cwd: app.dir, env: serverEnv({ ...tls, PORT: String(server.port) }), encoding: 'utf8', timeout: 30_000 });
    expect(healthcheck.status).toBe(0);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });

  it('refuses bad settings with exit code 2, naming the variable, before opening the database', () => {
    const db = join(temp.dir, 'never-created.db');
    const cases: [Record<string, string>, RegExp][] = [
      [{ AGENTDESK_TLS_CERT: join(temp.dir, 'cert.pem') }, /AGENTDESK_TLS_CERT and AGENTDESK_TLS_KEY go together/],
      [{ AGENTDESK_TLS_CERT: join(temp.dir, 'missing.pem'), AGENTDESK_TLS_KEY: join(temp.dir, 'missing.pem') }, /AGENTDESK_TLS_CERT: cannot read/],
      [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/],
      [{ PORT: 'eighty' }, /PORT must be a number/],
      [{ PORT: '70000' }, /PORT must be at most 65535/],
      [{ AGENTDESK_METRICS_TOKEN: 'short' }, /AGENTDESK_METRICS_TOKEN must be at least 16 characters/],
    ];
    for (const [env, message] of cases) {
      const run = spawnSync(process.execPath, [app.main], { cwd: app.dir, env: serverEnv({ AGENTDESK_SERVER_DB: db, ...env }), encoding: 'utf8', timeout: 30_000 });
      expect(run.status, JSON.stringify(env)).toBe(2);
      expect(run.stderr, JSON.stringify(env)).toMatch(message);
    }
    expect(existsSync(db)).toBe(false);
  });
});

describe('the built admin CLI: passwords', { timeout: 120_000 }, () => {
  const env = () => ({ AGENTDESK_SERVER_DB: join(temp.dir, 'passwords.db') });
  const hashOf = async (number: string) => {
    const db = await openServerDb({ sqlitePath: env().AGENTDESK_SERVER_DB });
    try {
      return (await db.read((tx) => accountByNumber(tx, number)))!.passwordHash;
    } finally {
      await db.close();
    }
  };

  it('reads the password from stdin, warns about --password, and refuses when there is no password and no terminal', async () => {
    expect(admin(['create-branch', '--code', 'SH01', '--name', '上海一店'], env()).status).toBe(0);
    const piped = admin(['create-agent', '--number', '1001', '--name', '张敏', '--role', 'agent', '--branch', 'SH01', '--password-stdin'], env(), 'from-stdin-1001\nignored second line\n');
    expect(piped).toMatchObject({ status: 0, stderr: '' });
    expect(await verifyPassword('from-stdin-1001', await hashOf('1001'))).toBe(true);

    const reset = admin(['reset-password', '--number', '1001', '--password-stdin'], env(), 'changed-by-stdin\r\n');
    expect(reset).toMatchObject({ status: 0, stderr: '' });
    expect(await verifyPassword('changed-by-stdin', await hashOf('1001'))).toBe(true);

    const flag = admin(['reset-password', '--number', '1001', '--password', 'from-the-flag-1'], env());
    expect(flag.status).toBe(0);
    expect(flag.stderr).toMatch(/^warning: --password is deprecated/);
    expect(await verifyPassword('from-the-flag-1', await hashOf('1001'))).toBe(true);

    const before = await hashOf('1001');
    const none = admin(['reset-password', '--number', '1001'], env(), '');
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^error: reset-password needs a password: pipe it with --password-stdin/);
    const empty = admin(['reset-password', '--number', '1001', '--password-stdin'], env(), '\n');
    expect(empty.status).toBe(2);
    expect(empty.stderr).toMatch(/^error: --password-stdin read an empty password/);
    const weak = admin(['reset-password', '--number', '1001', '--password-stdin'], env(), 'short\n');
    expect(weak.status).toBe(2);
    expect(weak.stderr).toMatch(/^error: the password must be at least 8 characters/);
    expect(await hashOf('1001')).toBe(before);
  });
});

/**
 * Runs the built admin CLI on a pseudo-terminal (util-linux `script`), typing each answer once its
 * question shows; resolves with the exit code and everything the terminal showed.
 */
function onTerminal(args: string[], env: Record<string, string>, answers: string[]): Promise<{ code: number | null; screen: string }> {
  const command = [process.execPath, app.adminCli, ...args].map((arg) => `'${arg.replaceAll("'", "'\\''")}'`).join(' ');
  const child = spawn('script', ['-qec', command, '/dev/null'], { cwd: app.dir, env: serverEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
  let screen = '';
  let asked = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    screen += chunk.toString('utf8');
    const questions = screen.match(/password: |again: /g)?.length ?? 0;
    while (asked < questions && asked < answers.length) child.stdin.write(`${answers[asked++]}\r`);
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the admin CLI on a terminal did not finish within 60 s:\n${screen}`));
    }, 60_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, screen });
    });
  });
}

describe.runIf(spawnSync('script', ['--version']).status === 0)('the built admin CLI: the password prompt on a terminal', { timeout: 120_000 }, () => {
  const env = () => ({ AGENTDESK_SERVER_DB: join(temp.dir, 'prompt.db') });

  it('asks twice with the typing hidden, and changes nothing when the two differ', async () => {
    expect(admin(['create-branch', '--code', 'SH01', '--name', '上海一店'], env()).status).toBe(0);
    const created = await onTerminal(['create-agent', '--number', '1001', '--name', '张敏', '--role', 'agent', '--branch', 'SH01'], env(), ['typed-at-prompt-1', 'typed-at-prompt-1']);
    expect(created.code).toBe(0);
    expect(created.screen).toMatch(/New password: [\s\S]*The same password again: [\s\S]*created agent 1001 张敏/);
    expect(created.screen).not.toContain('typed-at-prompt-1');
    const db = await openServerDb({ sqlitePath: env().AGENTDESK_SERVER_DB });
    try {
      const hash = (await db.read((tx) => accountByNumber(tx, '1001')))!.passwordHash;
      expect(await verifyPassword('typed-at-prompt-1', hash)).toBe(true);
      const differ = await onTerminal(['reset-password', '--number', '1001'], env(), ['first-answer-1', 'second-answer-2']);
      expect(differ.code).toBe(2);
      expect(differ.screen).toContain('error: the two passwords differ: nothing was changed');
      expect((await db.read((tx) => accountByNumber(tx, '1001')))!.passwordHash).toBe(hash);
    } finally {
      await db.close();
    }
  });
});

describe.each(backends)('the built admin CLI: backup and restore (%s)', { timeout: 120_000 }, (backend: Backend) => {
  let options: OpenServerDbOptions;
  let cleanup: () => Promise<void>;
  let env: Record<string, string>;

  beforeAll(async () => {
    const fresh = await openFreshServerDb(backend, temp.dir);
    await fresh.db.close();
    options = fresh.options;
    cleanup = async () => {
      if (backend === 'postgres') await dropPgSchema(options.pgSchema!);
    };
    env = options.databaseUrl ? { DATABASE_URL: TEST_PG_URL, AGENTDESK_PG_SCHEMA: options.pgSchema! } : { AGENTDESK_SERVER_DB: options.sqlitePath! };
  });
  afterAll(() => cleanup?.());

  const branches = async () => {
    const db = await openServerDb(options);
    try {
      return (await db.read((tx) => tx.all<{ data: string }>("SELECT data FROM records WHERE tbl = 'branches'"))).map((row) => (JSON.parse(row.data) as { code: string }).code).sort();
    } finally {
      await db.close();
    }
  };

  it('backs up while the server runs, restores the copy, and refuses bad input leaving the database as it was', async () => {
    expect(admin(['create-branch', '--code', 'SH01', '--name', '上海一店'], env).status).toBe(0);
    const server = await start(env); // the backup is online
    const file = join(temp.dir, `backup-${backend}.bak`);
    const backup = admin(['backup', '--to', file], env);
    expect(backup.stderr).toBe('');
    expect(backup.status).toBe(0);
    expect(backup.stdout).toMatch(/^backed up /);
    expect(admin(['backup', '--to', file], env)).toMatchObject({ status: 1, stderr: `error: ${file} already exists: a backup never overwrites a file, choose a new name\n` });
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);

    expect(admin(['create-branch', '--code', 'BJ01', '--name', '北京一店'], env).status).toBe(0);
    expect(await branches()).toEqual(['BJ01', 'SH01']);

    const unconfirmed = admin(['restore', '--from', file], env);
    expect(unconfirmed.status).toBe(2);
    expect(unconfirmed.stderr).toMatch(/^error: restore replaces the whole server database: stop the server, then run it again with --yes/);
    const notBackup = join(temp.dir, `not-a-backup-${backend}.txt`);
    writeFileSync(notBackup, 'hello, this is not a database');
    const refused = admin(['restore', '--from', notBackup, '--yes'], env);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/is not a backup of an AgentDesk server database/);
    expect(admin(['restore', '--from', join(temp.dir, 'missing.bak'), '--yes'], env)).toMatchObject({ status: 1, stderr: expect.stringMatching(/^error: there is no backup at /) });
    expect(await branches()).toEqual(['BJ01', 'SH01']);

    const restored = admin(['restore', '--from', file, '--yes'], env);
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    expect(restored.stdout).toMatch(/^restored /);
    expect(await branches()).toEqual(['SH01']);

    const again = await start(env);
    expect(await (await fetch(`${again.url}/health`)).json()).toEqual({ ok: true, db: backend, schema: latestSchemaVersion });
  });

  it.runIf(backend === 'postgres')('says clearly when pg_dump or pg_restore is missing', () => {
    const noTools = { ...env, PATH: join(temp.dir, 'empty-path') };
    const backup = admin(['backup', '--to', join(temp.dir, 'never.bak')], noTools);
    expect(backup.status).toBe(1);
    expect(backup.stderr).toMatch(/^error: pg_dump was not found on PATH: install the PostgreSQL client tools/);
    expect(existsSync(join(temp.dir, 'never.bak'))).toBe(false);
  });
});
