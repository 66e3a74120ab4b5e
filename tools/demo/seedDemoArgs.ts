/** The command line of `npm run seed:demo` (scripts/seedDemo.ts), parsed without touching any file. */

export const DEFAULT_DEMO_CASES = 2_000;

export const seedDemoUsage = [
  'usage: npm run seed:demo [-- [--cases N] [--db PATH] [--seed S]]',
  `  N: whole number of cases ≥ 0 (default ${DEFAULT_DEMO_CASES.toLocaleString('en-US')})`,
  '  PATH: the store to fill (default: the store `npm start` opens, in your user profile)',
  '  S: whole number seed (default 20261120)',
].join('\n');

export interface SeedDemoArgs {
  cases: number;
  /** The store to fill; absent: the desktop's default store. */
  db: string | undefined;
  seed: number | undefined;
}

export class SeedUsageError extends Error {}

export function parseSeedDemoArgs(argv: readonly string[]): SeedDemoArgs {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const match = /^--(cases|db|seed)(?:=(.*))?$/.exec(arg);
    if (!match) throw new SeedUsageError(`unknown argument: ${arg}`);
    const name = match[1]!;
    const value = match[2] ?? argv[++i];
    if (value === undefined || value === '' || (match[2] === undefined && value.startsWith('--'))) throw new SeedUsageError(`--${name} needs a value`);
    if (values.has(name)) throw new SeedUsageError(`--${name} is given twice`);
    values.set(name, value);
  }
  const wholeNumber = (name: string, text: string | undefined): number | undefined => {
    if (text === undefined) return undefined;
    const n = Number(text);
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(n)) throw new SeedUsageError(`--${name} must be a whole number ≥ 0, got '${text}'`);
    return n;
  };
  return {
    cases: wholeNumber('cases', values.get('cases')) ?? DEFAULT_DEMO_CASES,
    db: values.get('db'),
    seed: wholeNumber('seed', values.get('seed')),
  };
}
