import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The built server laid out as the Docker image's runtime stage lays it out: an app folder with
 * server/package.json, dist/server from `scripts/buildServer.mjs`, and node_modules (here the
 * repository's, standing in for `npm ci` of server/package-lock.json). Tests run it with plain
 * `node`, no tsx.
 */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface BuiltServerApp {
  /** The app folder (the image's WORKDIR). */
  dir: string;
  main: string;
  adminCli: string;
  healthcheck: string;
}

export function buildServerApp(dir: string): BuiltServerApp {
  mkdirSync(dir, { recursive: true });
  const build = spawnSync(process.execPath, ['scripts/buildServer.mjs', '--outdir', join(dir, 'dist/server')], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 });
  if (build.status !== 0) throw new Error(`npm run build:server failed (${build.status}):\n${build.stdout}\n${build.stderr}`);
  copyFileSync(join(repoRoot, 'server/package.json'), join(dir, 'package.json'));
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { dir, main: join(dir, 'dist/server/main.js'), adminCli: join(dir, 'dist/server/adminCli.js'), healthcheck: join(dir, 'dist/server/healthcheck.js') };
}

/** A clean environment for the built server: no database settings inherited from the test run. */
export function serverEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, AGENTDESK_SCRYPT_N: '1024', LOG_LEVEL: 'info', HOST: '127.0.0.1', PORT: '0' };
  for (const name of Object.keys(env)) if (name === 'DATABASE_URL' || name.startsWith('AGENTDESK_PG_') || name.startsWith('AGENTDESK_TLS_') || name === 'AGENTDESK_SERVER_DB') delete env[name];
  return { ...env, ...extra };
}

export interface RunningServer {
  url: string;
  port: number;
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>;
}

/** Starts `node <main>` in `cwd`; resolves once it prints `listening on http(s)://HOST:PORT` (ceiling 30 s). */
export function startBuilt(main: string, cwd: string, env: NodeJS.ProcessEnv): Promise<RunningServer> {
  const child = spawn(process.execPath, [main], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the built server did not start within 30 s\n${output}`));
    }, 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /^listening on (https?:\/\/\S+:(\d+))$/m.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1]!, port: Number(match[2]), child, output: () => output, exited });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => void (output += chunk.toString('utf8')));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the built server exited before listening (code ${code})\n${output}`));
    });
  });
}
