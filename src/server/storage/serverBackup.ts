import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { latestSchemaVersion, type OpenServerDbOptions } from './openServerDb';

/**
 * Backup and restore of the server's database, for the admin CLI (`backup`, `restore`).
 * SQLite: better-sqlite3's online backup (safe while the server runs), and the same copy back
 * for a restore. PostgreSQL: pg_dump's custom format and pg_restore, run from PATH; the password
 * of DATABASE_URL goes to them in PGPASSWORD, never on their command line.
 * A restore replaces the whole database: the server must be stopped first.
 */
export class BackupError extends Error {}

export async function backupServerDb(options: OpenServerDbOptions, to: string): Promise<string> {
  if (existsSync(to)) throw new BackupError(`${to} already exists: a backup never overwrites a file, choose a new name`);
  if (options.databaseUrl) {
    const { url, env } = connectionOf(options.databaseUrl);
    await runTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${to}`, ...(options.pgSchema ? [`--schema=${options.pgSchema}`] : []), `--dbname=${url}`], env);
    return `backed up the PostgreSQL database${options.pgSchema ? ` (schema ${options.pgSchema})` : ''} to ${to}`;
  }
  const path = sqlitePathOf(options);
  if (!existsSync(path)) throw new BackupError(`there is no server database at ${path}`);
  const source = new Database(path, { readonly: true, fileMustExist: true });
  try {
    await source.backup(to);
  } finally {
    source.close();
  }
  const version = checkSqliteBackup(to);
  return `backed up ${path} to ${to} (schema version ${version})`;
}

export async function restoreServerDb(options: OpenServerDbOptions, from: string): Promise<string> {
  if (!existsSync(from)) throw new BackupError(`there is no backup at ${from}`);
  if (options.databaseUrl) {
    const { url, env } = connectionOf(options.databaseUrl);
    const listing = await runTool('pg_restore', ['--list', from], env).catch((error: unknown) => {
      if (error instanceof BackupError && /not found on PATH|could not be started/.test(error.message)) throw error;
      throw new BackupError(`${from} is not a backup of an AgentDesk server database (${error instanceof Error ? error.message : String(error)}): nothing was restored`);
    });
    const schema = options.pgSchema ?? '\\S+';
    if (!new RegExp(`^\\d+; \\d+ \\d+ TABLE ${schema} server_schema `, 'm').test(listing)) {
      throw new BackupError(`${from} is not a backup of an AgentDesk server database${options.pgSchema ? ` in schema ${options.pgSchema}` : ''}: nothing was restored`);
    }
    await runTool('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--dbname=${url}`, from], env);
    return `restored ${from} into the PostgreSQL database${options.pgSchema ? ` (schema ${options.pgSchema})` : ''}; start the server again`;
  }
  const path = sqlitePathOf(options);
  const version = checkSqliteBackup(from);
  const source = new Database(from, { readonly: true, fileMustExist: true });
  try {
    // The backup API writes through SQLite into the target (its WAL included), never a raw file copy.
    await source.backup(path);
  } finally {
    source.close();
  }
  return `restored ${from} (schema version ${version}) into ${path}; start the server again`;
}

function sqlitePathOf(options: OpenServerDbOptions): string {
  if (!options.sqlitePath || options.sqlitePath === ':memory:') throw new BackupError('backup and restore need a database file (AGENTDESK_SERVER_DB) or DATABASE_URL');
  return options.sqlitePath;
}

/** Opens a SQLite file read-only and checks it is a whole AgentDesk server database this server can use; returns its schema version. */
function checkSqliteBackup(file: string): number {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new BackupError(`${file} is damaged (${String(integrity)}): nothing was restored`);
    const row = db.prepare('SELECT MAX(version) AS version FROM server_schema').get() as { version: number | null } | undefined;
    const version = Number(row?.version ?? 0);
    if (version > latestSchemaVersion) throw new BackupError(`${file} has schema version ${version}, newer than this server knows (${latestSchemaVersion}): use a newer server`);
    return version;
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${file} is not a backup of an AgentDesk server database (${error instanceof Error ? error.message : String(error)}): nothing was restored`);
  } finally {
    db?.close();
  }
}

/** The URL without its password, and PGPASSWORD holding it: a command line is visible to every user of the machine. */
function connectionOf(databaseUrl: string): { url: string; env: NodeJS.ProcessEnv } {
  let parsed: URL;
  try {
    parsed = new URL(databaseUrl);
  } catch {
    throw new BackupError('DATABASE_URL is not a URL (postgres://user:password@host:5432/database)');
  }
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (parsed.password) {
    env['PGPASSWORD'] = decodeURIComponent(parsed.password);
    parsed.password = '';
  }
  return { url: parsed.toString(), env };
}

/** Runs a PostgreSQL client tool; resolves with its stdout, or a BackupError saying why not. */
function runTool(tool: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')));
    child.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new BackupError(`${tool} was not found on PATH: install the PostgreSQL client tools (Debian/Ubuntu: postgresql-client, the server's major version or newer)`)
          : new BackupError(`${tool} could not be started: ${error.message}`),
      );
    });
    child.once('close', (code) => {
      if (code === 0) resolve(stdout);
      else reject(new BackupError(`${tool} failed (exit code ${code}): ${stderr.trim().split('\n').slice(-3).join(' | ') || 'no message'}`));
    });
  });
}
