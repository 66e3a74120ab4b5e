import { parseArgs } from 'node:util';
import { roles, type Role } from '../../shared/schemas/domainTerms';

export const ADMIN_USAGE = `usage: npm run server:admin -- COMMAND [options]

  create-branch   --code SH01 --name 上海一店
  create-team     --branch SH01 --name 售后一组
  create-agent    --number 1001 --name 张敏 --role agent|lead|admin --branch SH01 [--team ID|NAME] [--password PW]
  reset-password  --number 1001 [--password PW]          (signs the agent out everywhere)
  deactivate-agent --number 1001 / activate-agent --number 1001
  seed-demo       a demo organisation (SH01, BJ01, two teams each, agents 1001… password agentdesk-demo)

Passwords (at least 8 characters) come from --password or AGENTDESK_PASSWORD.
Database: DATABASE_URL (PostgreSQL) or AGENTDESK_SERVER_DB (SQLite file, default ./agentdesk-server.db).
Exit codes: 0 done, 1 failed, 2 bad arguments.`;

export type AdminCommand =
  | { kind: 'help' }
  | { kind: 'create-branch'; code: string; name: string }
  | { kind: 'create-team'; branch: string; name: string }
  | { kind: 'create-agent'; number: string; name: string; role: Role; branch: string; team?: string; password: string }
  | { kind: 'reset-password'; number: string; password: string }
  | { kind: 'set-active'; number: string; active: boolean }
  | { kind: 'seed-demo' };

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
  help: { type: 'boolean', short: 'h' },
} as const;

type OptionName = keyof typeof options;

const allowed: Record<string, readonly OptionName[]> = {
  'create-branch': ['code', 'name'],
  'create-team': ['branch', 'name'],
  'create-agent': ['number', 'name', 'role', 'branch', 'team', 'password'],
  'reset-password': ['number', 'password'],
  'deactivate-agent': ['number'],
  'activate-agent': ['number'],
  'seed-demo': [],
};

export function parseAdminArgs(argv: readonly string[], env: NodeJS.ProcessEnv): AdminCommand {
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
  const password = (): string => {
    const value = (values.password as string | undefined) ?? env['AGENTDESK_PASSWORD'];
    if (!value) throw new UsageError(`${command} needs --password or AGENTDESK_PASSWORD`);
    return value;
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
    default:
      return { kind: 'seed-demo' };
  }
}
