import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { SERVER_CONFIG_VARIABLES } from '../../src/server/serverConfig';
import { makeTempDir } from '../support/tempDir';
import { buildServerApp, repoRoot, serverEnv, startBuilt, type BuiltServerApp } from './builtServerApp';

/**
 * Issue 20 item 9: the deployment files. There is no Docker daemon here, so the Dockerfile is
 * parsed and what it relies on is exercised: its COPY sources, its build command, and its CMD
 * and HEALTHCHECK run from the runtime stage's layout.
 */
const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');

interface Instruction {
  op: string;
  args: string;
}
interface Stage {
  from: string;
  name: string | null;
  steps: Instruction[];
}

/** Dockerfile → stages of instructions (comments dropped, `\` continuations joined). */
function parseDockerfile(text: string): Stage[] {
  const logical: string[] = [];
  let pending = '';
  for (const raw of text.split('\n')) {
    if (/^\s*#/.test(raw) && pending === '') continue;
    const line = raw.replace(/\s+$/, '');
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `;
      continue;
    }
    const whole = (pending + line).trim();
    pending = '';
    if (whole) logical.push(whole);
  }
  const stages: Stage[] = [];
  for (const line of logical) {
    const [, op = '', args = ''] = /^(\w+)\s*(.*)$/.exec(line) ?? [];
    if (op.toUpperCase() === 'FROM') {
      const [, from = '', name = null] = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args) ?? [];
      stages.push({ from, name, steps: [] });
    } else {
      stages.at(-1)!.steps.push({ op: op.toUpperCase(), args: args.replace(/\s+/g, ' ') });
    }
  }
  return stages;
}

/** `ENV A=1 B="two"` → {A: '1', B: 'two'} over a stage. */
function stageEnv(stage: Stage): Record<string, string> {
  const env: Record<string, string> = {};
  for (const step of stage.steps.filter((s) => s.op === 'ENV')) {
    for (const [, name, value] of step.args.matchAll(/(\w+)=("[^"]*"|\S+)/g)) env[name!] = value!.replace(/^"|"$/g, '');
  }
  return env;
}

/** Does `.dockerignore` keep `path` out of the build context? (Patterns as Docker reads them: `*`, `**`, a directory excludes what is under it.) */
function dockerIgnored(path: string, patterns: readonly string[]): boolean {
  let ignored = false;
  for (const raw of patterns) {
    const negate = raw.startsWith('!');
    const pattern = posix.normalize(negate ? raw.slice(1) : raw).replace(/^\/+/, '');
    const regex = new RegExp(
      `^${pattern
        .split('/')
        .map((part) => (part === '**' ? '.*' : part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')))
        .join('/')
        .replace(/\.\*\//g, '(?:.*/)?')}(?:/.*)?$`,
    );
    if (regex.test(path)) ignored = !negate;
  }
  return ignored;
}

/** Every file under a path (the path itself when it is a file), relative to the repository. */
function filesUnder(path: string): string[] {
  const full = join(repoRoot, path);
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => posix.join(path, posix.relative(full, join(e.parentPath, e.name)).split('\\').join('/')));
}

/** The variable names of docs/server.md's settings table (its rows start with | `NAME` |). */
function documentedVariables(): Set<string> {
  const doc = read('docs/server.md');
  const section = doc.slice(doc.indexOf('## Settings'), doc.indexOf('## Running it'));
  return new Set([...section.matchAll(/^\| `([A-Z][A-Z0-9_]*)` \|/gm)].map((m) => m[1]!));
}

const stages = parseDockerfile(read('Dockerfile'));
const runtime = stages.at(-1)!;
const execForm = (args: string) => JSON.parse(args) as string[];

describe('Dockerfile', () => {
  it('is multi-stage: built with the root lockfile, run with only the server manifest, as a non-root user with a health check', () => {
    expect(stages.map((s) => s.name)).toEqual(['build', 'deps', null]);
    expect(new Set(stages.map((s) => s.from))).toEqual(new Set(['node:22-bookworm-slim'])); // one Node for building and running (server/package.json: >=20.19)
    const build = stages[0]!;
    expect(build.steps).toContainEqual({ op: 'COPY', args: 'package.json package-lock.json ./' });
    expect(build.steps.filter((s) => s.op === 'RUN').map((s) => s.args)).toEqual(['npm ci --ignore-scripts --no-audit --no-fund', 'npm run build:server']);
    const deps = stages[1]!;
    expect(deps.steps).toContainEqual({ op: 'COPY', args: 'server/package.json server/package-lock.json ./' });
    expect(deps.steps.filter((s) => s.op === 'RUN').at(-1)!.args).toMatch(/^npm ci --omit=dev\b/);

    const user = runtime.steps.filter((s) => s.op === 'USER').at(-1)?.args;
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user);
    expect(runtime.steps.filter((s) => s.op === 'COPY').map((s) => s.args)).toEqual([
      '--from=deps /app/package.json ./',
      '--from=deps /app/node_modules ./node_modules',
      '--from=build /src/dist/server ./dist/server',
    ]);
    expect(execForm(runtime.steps.find((s) => s.op === 'CMD')!.args)).toEqual(['node', 'dist/server/main.js']);
    expect(runtime.steps.find((s) => s.op === 'HEALTHCHECK')!.args).toMatch(/ CMD \["node", "dist\/server\/healthcheck\.js"\]$/);
    expect(runtime.steps.find((s) => s.op === 'STOPSIGNAL')?.args).toBe('SIGTERM');
  });

  it('copies only sources that exist and that .dockerignore lets into the build context; secrets and data stay out', () => {
    const ignore = read('.dockerignore').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    const sources = stages.flatMap((stage) => stage.steps.filter((s) => s.op === 'COPY' && !s.args.startsWith('--from')).flatMap((s) => s.args.split(' ').slice(0, -1)));
    expect(sources).toContain('src/server');
    for (const source of sources) {
      expect(existsSync(join(repoRoot, source)), source).toBe(true);
      for (const file of filesUnder(source)) expect(dockerIgnored(file, ignore), file).toBe(false);
    }
    for (const kept of ['node_modules/fastify/package.json', 'dist/server/main.js', 'server.db', '.env', 'deploy/server.env', 'tls/key.pem', 'src/main/index.ts', '.git/config']) {
      expect(dockerIgnored(kept, ignore), kept).toBe(true);
    }
  });

  it('package.json builds what the image runs, and server/package-lock.json matches the root lockfile', () => {
    const rootManifest = JSON.parse(read('package.json')) as { scripts: Record<string, string>; dependencies: Record<string, string>; devDependencies: Record<string, string> };
    expect(rootManifest.scripts['build:server']).toBe('node scripts/buildServer.mjs');
    const check = spawnSync(process.execPath, ['scripts/serverLock.mjs', '--check'], { cwd: repoRoot, encoding: 'utf8', timeout: 30_000 });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  describe('its CMD and HEALTHCHECK, run from the runtime layout', { timeout: 120_000 }, () => {
    let temp: ReturnType<typeof makeTempDir>;
    let app: BuiltServerApp;
    beforeAll(() => {
      temp = makeTempDir('agentdesk-image-');
      app = buildServerApp(join(temp.dir, 'app')); // what `npm run build:server` and the COPY lines leave in WORKDIR /app
    }, 120_000);
    afterAll(() => temp?.cleanup());

    it('starts the server on the image environment, passes the health check, and stops with exit 0 on STOPSIGNAL', async () => {
      expect(runtime.steps.find((s) => s.op === 'WORKDIR')!.args).toBe('/app');
      const [command, ...args] = execForm(runtime.steps.find((s) => s.op === 'CMD')!.args);
      expect(command).toBe('node');
      const imageEnv = stageEnv(runtime);
      expect(imageEnv).toMatchObject({ HOST: '0.0.0.0', PORT: '8787', AGENTDESK_SERVER_DB: '/data/agentdesk-server.db' });
      // The test binds loopback on a free port, and the /data volume is a temporary folder.
      const env = serverEnv({ ...imageEnv, HOST: '127.0.0.1', PORT: '0', AGENTDESK_SERVER_DB: join(temp.dir, 'data', posix.basename(imageEnv['AGENTDESK_SERVER_DB']!)) });
      spawnSync('mkdir', ['-p', join(temp.dir, 'data')]);
      const server = await startBuilt(join(app.dir, args[0]!), app.dir, env);
      try {
        const health = execForm(/CMD (\[.*\])$/.exec(runtime.steps.find((s) => s.op === 'HEALTHCHECK')!.args)![1]!);
        const check = spawnSync(health[0] === 'node' ? process.execPath : health[0]!, health.slice(1), { cwd: app.dir, env: { ...env, PORT: String(server.port) }, encoding: 'utf8', timeout: 30_000 });
        expect(check.stderr).toBe('');
        expect(check.status).toBe(0);
      } finally {
        server.child.kill(runtime.steps.find((s) => s.op === 'STOPSIGNAL')!.args as NodeJS.Signals);
      }
      expect(await server.exited).toBe(0);
    });
  });
});

describe('compose.yaml', () => {
  const compose = parseYaml(read('compose.yaml')) as {
    services: Record<string, { image?: string; build?: string; environment?: Record<string, string>; depends_on?: Record<string, { condition: string }>; healthcheck?: unknown; ports?: string[] }>;
  };

  it('runs the image built here with PostgreSQL 15, started once the database is healthy', () => {
    const { db, server } = compose.services;
    expect(db!.image).toBe('postgres:15');
    expect(db!.healthcheck).toBeDefined();
    expect(server!.build).toBe('.');
    expect(server!.depends_on).toEqual({ db: { condition: 'service_healthy' } });
    expect(new URL(server!.environment!['DATABASE_URL']!.replace('${POSTGRES_PASSWORD}', 'secret'))).toMatchObject({ protocol: 'postgres:', hostname: 'db', port: '5432', pathname: '/agentdesk' });
    expect(server!.ports).toEqual(['127.0.0.1:8787:8787']);
  });

  it('sets only variables the settings table documents', () => {
    const documented = documentedVariables();
    expect(Object.keys(compose.services['server']!.environment!).filter((name) => !documented.has(name))).toEqual([]);
  });
});

describe('systemd unit', () => {
  const unitText = read('deploy/agentdesk-server.service');
  const service = Object.fromEntries(
    [...unitText.slice(unitText.indexOf('[Service]'), unitText.indexOf('[Install]')).matchAll(/^(\w+)=(.*)$/gm)].reduce<[string, string][]>((all, [, key, value]) => {
      const found = all.find(([k]) => k === key);
      if (found && key === 'Environment') found[1] += `\n${value}`;
      else all.push([key!, value!]);
      return all;
    }, []),
  );

  it('is hardened, reads its settings from an EnvironmentFile, may write only its data folder, and runs the built server', () => {
    expect(service).toMatchObject({ NoNewPrivileges: 'yes', ProtectSystem: 'strict', ProtectHome: 'yes', PrivateTmp: 'yes', User: 'agentdesk', KillSignal: 'SIGTERM' });
    expect(service['EnvironmentFile']).toBe('/etc/agentdesk/server.env');
    expect(service['CapabilityBoundingSet']).toBe('');
    const dbPath = /^AGENTDESK_SERVER_DB=(.*)$/m.exec(service['Environment']!)![1]!;
    expect(service['ReadWritePaths']!.split(' ')).toContain(dirname(dbPath));
    const [node, main] = service['ExecStart']!.split(' ');
    expect(node).toBe('/usr/bin/node');
    expect(main).toBe(`${service['WorkingDirectory']}/dist/server/main.js`); // what npm run build:server makes
  });

  it.runIf(spawnSync('systemd-analyze', ['--version']).status === 0)('passes systemd-analyze verify', () => {
    const temp = makeTempDir('agentdesk-unit-');
    try {
      copyFileSync(join(repoRoot, 'deploy/agentdesk-server.service'), join(temp.dir, 'agentdesk-server.service'));
      const verify = spawnSync('systemd-analyze', ['verify', join(temp.dir, 'agentdesk-server.service')], { encoding: 'utf8', timeout: 30_000 });
      expect(verify.stderr).toBe('');
      expect(verify.status).toBe(0);
    } finally {
      temp.cleanup();
    }
  });

  it('sets, and its example environment file lists, only variables the settings table documents', () => {
    const documented = documentedVariables();
    const fromUnit = [...service['Environment']!.matchAll(/^(\w+)=/gm)].map((m) => m[1]!);
    const fromExample = [...read('deploy/server.env.example').matchAll(/^#?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]!);
    expect(fromExample).toEqual(expect.arrayContaining(['HOST', 'PORT', 'DATABASE_URL', 'LOG_LEVEL', 'AGENTDESK_TOKEN_PRIVATE_KEY', 'AGENTDESK_TLS_CERT', 'AGENTDESK_TLS_KEY']));
    expect([...fromUnit, ...fromExample].filter((name) => !documented.has(name))).toEqual([]);
  });
});

describe('docs/server.md settings table and the package manifests', () => {
  it('documents every environment variable the server code reads, and the Dockerfile sets', () => {
    const documented = documentedVariables();
    const read_ = new Set<string>(SERVER_CONFIG_VARIABLES);
    for (const file of filesUnder('src/server').filter((f) => f.endsWith('.ts'))) {
      for (const [, name] of read(file).matchAll(/env\[['"]([A-Z][A-Z0-9_]*)['"]\](?!\s*=[^=])/g)) read_.add(name!);
    }
    expect(read_.size).toBeGreaterThan(10);
    expect([...read_].filter((name) => !documented.has(name))).toEqual([]);
    expect(Object.keys(stageEnv(runtime)).filter((name) => !documented.has(name))).toEqual([]);
  });

  it('keeps fastify and pg out of the desktop package: root dependencies have neither, server/package.json has them pinned to the root lockfile', () => {
    const rootManifest = JSON.parse(read('package.json')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    for (const name of ['fastify', 'pg']) {
      expect(rootManifest.dependencies, name).not.toHaveProperty(name);
      expect(rootManifest.devDependencies, name).toHaveProperty(name);
    }
    const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { version: string; dev?: boolean; dependencies?: Record<string, string> }> };
    expect(lock.packages['']!.dependencies).not.toHaveProperty('fastify');
    expect(lock.packages['node_modules/fastify']!.dev).toBe(true);
    expect(lock.packages['node_modules/pg']!.dev).toBe(true);
    const server = JSON.parse(read('server/package.json')) as { name: string; type: string; dependencies: Record<string, string> };
    expect(server).toMatchObject({ name: 'agentdesk-server', type: 'module' });
    expect(Object.keys(server.dependencies).sort()).toEqual(['better-sqlite3', 'fastify', 'jose', 'pg']);
    for (const [name, version] of Object.entries(server.dependencies)) expect(version, name).toBe(lock.packages[`node_modules/${name}`]!.version);
  });
});
