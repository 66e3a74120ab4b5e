import { parseArgs } from 'node:util';
import { roles, type Role } from '../../shared/schemas/domainTerms';

export const ADMIN_USAGE = `usage: npm run server:admin -- COMMAND [options]

  create-branch   --code SH01 --name 上海一店
  create-team     --branch SH01 --name 售后一组
  create-agent    --number 1001 --name 张敏 --role agent|lead|admin --branch SH01 [--team ID|NAME] [--password-stdin]
  reset-password  --number 1001 [--password-stdin]       (signs the agent out everywhere)
  deactivate-agent --number 1001 / activate-agent --number 1001
  seed-demo       a demo organisation (SH01, BJ01, two teams each, agents 1001… password agentdesk-demo)
  backup          --to FILE            (online: the server may keep running)
  restore         --from FILE --yes    (replaces the whole database: stop the server first)

Passwords (at least 8 characters): asked on the terminal (typing hidden), or the first line of
stdin with --password-stdin, or AGENTDESK_PASSWORD. --password PW still works but is deprecated:
the shell history and the process list would show it.
Database: DATABASE_URL (PostgreSQL) or AGENTDESK_SERVER_DB (SQLite file, default ./agentdesk-server.db).
PostgreSQL backup and restore run pg_dump and pg_restore, which must be on PATH.
Exit codes: 0 done, 1 failed, 2 bad arguments.`;

/** Where a password comes from; the CLI turns `stdin` and `prompt` into the password itself. */
export type PasswordInput = { from: 'flag' | 'env'; value: string } | { from: 'stdin' } | { from: 'prompt' };

export type AdminCommand =
  | { kind: 'help' }
  | { kind: 'create-branch'; code: string; name: string }
  | { kind: 'create-team'; branch: string; name: string }
  | { kind: 'create-agent'; number: string; name: string; role: Role; branch: string; team?: string; password: string }
  | { kind: 'reset-password'; number: string; password: string }
  | { kind: 'set-active'; number: string; active: boolean }
  | { kind: 'seed-demo' }
  | { kind: 'backup'; to: string }
  | { kind: 'restore'; from: string };

type WithPasswordInput<T> = T extends { password: string } ? Omit<T, 'password'> & { password: PasswordInput } : T;
/** A command as parsed: its password (if any) not read yet. */
export type ParsedAdminCommand = WithPasswordInput<AdminCommand>;

/** Bad arguments: the CLI prints the message and the usage, and exits 2. */
export class UsageError extends Error {}

const options = {
  code: { type: 'string' },
  name: { type: 'string' },
  branch: { type: 'string' },
  team: { type: 'string' },
  number: { type: 'string' },
  role: { type: 'string' },
  password: { type: 'string' },
  'password-stdin': { type: 'boolean' },
  to: { type: 'string' },
  from: { type: 'string' },
  yes: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type OptionName = keyof typeof options;

const allowed: Record<string, readonly OptionName[]> = {
  'create-branch': ['code', 'name'],
  'create-team': ['branch', 'name'],
  'create-agent': ['number', 'name', 'role', 'branch', 'team', 'password', 'password-stdin'],
  'reset-password': ['number', 'password', 'password-stdin'],
  'deactivate-agent': ['number'],
  'activate-agent': ['number'],
  'seed-demo': [],
  backup: ['to'],
  restore: ['from', 'yes'],
};

export function parseAdminArgs(argv: readonly string[], env: NodeJS.ProcessEnv): ParsedAdminCommand {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return { kind: 'help' };
  const names = allowed[command];
  if (!names) throw new UsageError(`unknown command: ${command}`);
  let values: Partial<Record<OptionName, string | boolean>>;
  try {
    ({ values } = parseArgs({ args: [...rest], options, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return { kind: 'help' };
  for (const name of Object.keys(values) as OptionName[]) {
    if (name !== 'help' && !names.includes(name)) throw new UsageError(`${command} takes no --${name}`);
  }
  const required = (name: OptionName): string => {
    const value = values[name];
    if (typeof value !== 'string' || value === '') throw new UsageError(`${command} needs --${name}`);
    return value;
  };
  const password = (): PasswordInput => {
    const flag = values.password as string | undefined;
    if (flag !== undefined && values['password-stdin']) throw new UsageError('use --password-stdin or --password, not both');
    if (flag !== undefined) return { from: 'flag', value: flag };
    if (values['password-stdin']) return { from: 'stdin' };
    if (env['AGENTDESK_PASSWORD']) return { from: 'env', value: env['AGENTDESK_PASSWORD'] };
    return { from: 'prompt' };
  };
  switch (command) {
    case 'create-branch':
      return { kind: command, code: required('code'), name: required('name') };
    case 'create-team':
      return { kind: command, branch: required('branch'), name: required('name') };
    case 'create-agent': {
      const number = required('number');
      const name = required('name');
      const role = required('role');
      if (!(roles as readonly string[]).includes(role)) throw new UsageError(`--role must be one of ${roles.join(', ')}`);
      const branch = required('branch');
      const team = values.team as string | undefined;
      return { kind: command, number, name, role: role as Role, branch, ...(team ? { team } : {}), password: password() };
    }
    case 'reset-password':
      return { kind: command, number: required('number'), password: password() };
    case 'deactivate-agent':
    case 'activate-agent':
      return { kind: 'set-active', number: required('number'), active: command === 'activate-agent' };
    case 'backup':
      return { kind: command, to: required('to') };
    case 'restore': {
      const from = required('from');
      if (!values.yes) throw new UsageError('restore replaces the whole server database: stop the server, then run it again with --yes');
      return { kind: command, from };
    }
    default:
      return { kind: 'seed-demo' };
  }
}
