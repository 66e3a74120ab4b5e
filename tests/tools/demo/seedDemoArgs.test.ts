import { describe, expect, it } from 'vitest';
import { DEFAULT_DEMO_CASES, parseSeedDemoArgs, SeedUsageError } from '../../../tools/demo/seedDemoArgs';

describe('the seed:demo command line', () => {
  it('needs no arguments: the default number of cases into the default store', () => {
    expect(DEFAULT_DEMO_CASES).toBe(2_000);
    expect(parseSeedDemoArgs([])).toEqual({ cases: 2_000, db: undefined, seed: undefined });
  });

  it('still takes --cases, --db and --seed, alone or together, with a space or an equals sign', () => {
    expect(parseSeedDemoArgs(['--cases', '30'])).toEqual({ cases: 30, db: undefined, seed: undefined });
    expect(parseSeedDemoArgs(['--db', '/tmp/x.db'])).toEqual({ cases: 2_000, db: '/tmp/x.db', seed: undefined });
    expect(parseSeedDemoArgs(['--cases=0', '--db=/tmp/x.db', '--seed', '3'])).toEqual({ cases: 0, db: '/tmp/x.db', seed: 3 });
  });

  it('refuses bad arguments with a message naming the problem', () => {
    const refused = (...argv: string[]) => {
      try {
        parseSeedDemoArgs(argv);
      } catch (error) {
        expect(error).toBeInstanceOf(SeedUsageError);
        return (error as Error).message;
      }
      throw new Error(`accepted ${argv.join(' ')}`);
    };
    expect(refused('--cases', '-5')).toContain('whole number');
    expect(refused('--cases', '1.5')).toContain('whole number');
    expect(refused('--seed', 'x')).toContain('whole number');
    expect(refused('--cases')).toContain('--cases needs a value');
    expect(refused('--db', '--cases', '3')).toContain('--db needs a value');
    expect(refused('--db=')).toContain('--db needs a value');
    expect(refused('--cases', '1', '--cases', '2')).toContain('given twice');
    expect(refused('100')).toContain('unknown argument: 100');
  });
});
