import { OrgError } from '../org/orgError';
import { openServerDb, serverDbOptionsFromEnv } from '../storage/openServerDb';
import type { ServerDb } from '../storage/serverDb';
import { ADMIN_USAGE, parseAdminArgs, UsageError, type AdminCommand } from './adminArgs';
import { runAdminCommand } from './runAdminCommand';

export interface AdminIo {
  env: NodeJS.ProcessEnv;
  out(line: string): void;
  err(line: string): void;
  now?: () => number;
  /** A database to use (and leave open); default: open the one the environment names, like main.ts. */
  db?: ServerDb;
}

/** The admin CLI without the process: returns the exit code (0 done, 1 failed, 2 bad arguments). */
export async function runAdminCli(argv: readonly string[], io: AdminIo): Promise<number> {
  let command: AdminCommand;
  try {
    command = parseAdminArgs(argv, io.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`error: ${error.message}`);
    io.err(ADMIN_USAGE);
    return 2;
  }
  if (command.kind === 'help') {
    io.out(ADMIN_USAGE);
    return 0;
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
