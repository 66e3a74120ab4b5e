import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface ServerProcessOptions {
  /** SQLite file (used when there is no databaseUrl). */
  sqlitePath?: string;
  /** PostgreSQL URL; with pgSchema, the server uses that schema (created if missing). */
  databaseUrl?: string;
  pgSchema?: string;
  /** More environment for the server (e.g. AGENTDESK_TOKEN_SECRET); PORT defaults to 0 (a free port). */
  env?: Record<string, string>;
  /** How long to wait for the "listening on" line; default 20 s. */
  startTimeoutMs?: number;
}

export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Sends `signal` (default SIGTERM) and resolves once the process has exited. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Everything the process wrote so far, stdout and stderr (logs). */
  output(): string;
}

/**
 * The real sync server (`node --import tsx src/server/main.ts`) in a child process, resolved
 * when it prints `listening on http://HOST:PORT`. The scrypt cost is lowered (AGENTDESK_SCRYPT_N)
 * unless `env` says otherwise, so tests that sign in stay fast.
 */
export function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', AGENTDESK_SCRYPT_N: '1024', LOG_LEVEL: 'info' };
  delete env['DATABASE_URL'];
  delete env['AGENTDESK_PG_SCHEMA'];
  delete env['AGENTDESK_SERVER_DB'];
  if (options.databaseUrl) {
    env['DATABASE_URL'] = options.databaseUrl;
    if (options.pgSchema) env['AGENTDESK_PG_SCHEMA'] = options.pgSchema;
  } else if (options.sqlitePath) {
    env['AGENTDESK_SERVER_DB'] = options.sqlitePath;
  } else {
    return Promise.reject(new Error('startServerProcess needs sqlitePath or databaseUrl'));
  }
  Object.assign(env, options.env);

  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };

  return new Promise<ServerProcess>((resolve, reject) => {
    let settled = false;
    const fail = (reason: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void kill('SIGKILL');
      reject(new Error(`${reason}\n--- server output ---\n${output}`));
    };
    const timer = setTimeout(() => fail(`the server did not start within ${options.startTimeoutMs ?? 20_000} ms`), options.startTimeoutMs ?? 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /^listening on (http:\/\/\S+:(\d+))$/m.exec(output);
      if (match && !settled) {
        settled = true;
        clearTimeout(timer);
        resolve({ url: match[1]!, port: Number(match[2]), child, kill, output: () => output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => void (output += chunk.toString('utf8')));
    child.once('error', (error) => fail(`the server could not be started: ${error.message}`));
    child.once('exit', (code, signal) => fail(`the server exited before listening (code ${code}, signal ${signal})`));
  });
}
