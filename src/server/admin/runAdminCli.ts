import { OrgError } from '../org/orgError';
import { openServerDb, serverDbOptionsFromEnv } from '../storage/openServerDb';
import { BackupError, backupServerDb, restoreServerDb } from '../storage/serverBackup';
import type { ServerDb } from '../storage/serverDb';
import { ADMIN_USAGE, parseAdminArgs, UsageError, type AdminCommand, type ParsedAdminCommand, type PasswordInput } from './adminArgs';
import { runAdminCommand } from './runAdminCommand';

export interface AdminIo {
  env: NodeJS.ProcessEnv;
  out(line: string): void;
  err(line: string): void;
  now?: () => number;
  /** A database to use (and leave open); default: open the one the environment names, like main.ts. */
  db?: ServerDb;
  /** Everything piped to stdin, for --password-stdin; absent: --password-stdin is refused. */
  readStdin?(): Promise<string>;
  /** Asks on the terminal with the typing hidden; absent (no terminal): a password must come from stdin or the environment. */
  prompt?(question: string): Promise<string>;
}

/** The admin CLI without the process: returns the exit code (0 done, 1 failed, 2 bad arguments). */
export async function runAdminCli(argv: readonly string[], io: AdminIo): Promise<number> {
  let command: AdminCommand;
  try {
    const parsed = parseAdminArgs(argv, io.env);
    if (parsed.kind === 'help') {
      io.out(ADMIN_USAGE);
      return 0;
    }
    command = await withPassword(parsed, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`error: ${error.message}`);
    io.err(ADMIN_USAGE);
    return 2;
  }
  if (command.kind === 'help') return 0;
  if (command.kind === 'backup' || command.kind === 'restore') {
    try {
      const options = serverDbOptionsFromEnv(io.env);
      io.out(command.kind === 'backup' ? await backupServerDb(options, command.to) : await restoreServerDb(options, command.from));
      return 0;
    } catch (error) {
      if (!(error instanceof BackupError)) throw error;
      io.err(`error: ${error.message}`);
      return 1;
    }
  }
  let db: ServerDb | undefined;
  try {
    db = io.db ?? (await openServerDb(serverDbOptionsFromEnv(io.env)));
    for (const line of await runAdminCommand(db, command, (io.now ?? Date.now)())) io.out(line);
    return 0;
  } catch (error) {
    io.err(`error: ${error instanceof Error ? error.message : String(error)}`);
    if (error instanceof OrgError && (error.code === 'invalid' || error.code === 'weakPassword')) {
      io.err(ADMIN_USAGE);
      return 2;
    }
    return 1;
  } finally {
    if (!io.db) await db?.close();
  }
}

/** The command with its password read: from the flag (with a warning), the environment, stdin or the terminal. */
async function withPassword(command: Exclude<ParsedAdminCommand, { kind: 'help' }>, io: AdminIo): Promise<AdminCommand> {
  if (command.kind !== 'create-agent' && command.kind !== 'reset-password') return command;
  const password = await readPassword(command.password, command.kind, io);
  return { ...command, password };
}

async function readPassword(input: PasswordInput, commandName: string, io: AdminIo): Promise<string> {
  switch (input.from) {
    case 'flag':
      io.err('warning: --password is deprecated: the shell history and the process list show it; use --password-stdin or the prompt');
      return input.value;
    case 'env':
      return input.value;
    case 'stdin': {
      if (!io.readStdin) throw new UsageError('--password-stdin needs the password piped to stdin');
      const value = await io.readStdin();
      if (value === '') throw new UsageError('--password-stdin read an empty password: pipe the password as the first line of stdin');
      return value;
    }
    case 'prompt': {
      if (!io.prompt) throw new UsageError(`${commandName} needs a password: pipe it with --password-stdin, set AGENTDESK_PASSWORD, or run in a terminal to be asked`);
      const first = await io.prompt('New password: ');
      const again = await io.prompt('The same password again: ');
      if (first !== again) throw new UsageError('the two passwords differ: nothing was changed');
      return first;
    }
  }
}
