import { describe, expect, it } from 'vitest';
import { csvFields, finishedShare, nextContact, normalisedPhone, parseContactsCsv, proactiveCounts } from '../../src/shared/domain/proactiveLists';

describe('proactive contact files', () => {
  it('reads name, phone and note a line, with a header, quotes, a BOM, Chinese commas and blank lines', () => {
    const text = '\uFEFF姓名,电话,备注\r\n王女士,138 0013 8000,上周报修\n\n"李,先生",+86 139-0000-1111,"说""周末方便"""\n赵女士，13700001234\n';
    const { contacts, errors } = parseContactsCsv(text);
    expect(errors).toEqual([]);
    expect(contacts).toEqual([
      { line: 2, name: '王女士', phone: '13800138000', note: '上周报修' },
      { line: 4, name: '李,先生', phone: '+8613900001111', note: '说"周末方便"' },
      { line: 5, name: '赵女士', phone: '13700001234', note: '' },
    ]);
  });

  it('reports every bad line by its number and imports nothing then', () => {
    const text = ['name,phone', '王女士,13800138000', ',13900001111', '李先生,12ab', '赵女士,13800138000', '周先生,13600001111,备注,多余', '"钱女士,13500001111'].join('\n');
    const { contacts, errors } = parseContactsCsv(text);
    expect(contacts).toEqual([]);
    expect(errors).toEqual([
      { line: 3, key: 'missingName' },
      { line: 4, key: 'invalidPhone' },
      { line: 5, key: 'duplicatePhone' },
      { line: 6, key: 'tooManyColumns' },
      { line: 7, key: 'unclosedQuote' },
    ]);
  });

  it('refuses an empty file (or one with only a header)', () => {
    expect(parseContactsCsv('')).toEqual({ contacts: [], errors: [{ line: 0, key: 'noRows' }] });
    expect(parseContactsCsv('姓名,电话\n')).toEqual({ contacts: [], errors: [{ line: 0, key: 'noRows' }] });
  });

  it('splits fields and normalises phone numbers', () => {
    expect(csvFields('a, "b,c" ,d')).toEqual(['a', 'b,c', 'd']);
    expect(csvFields('"open')).toBeNull();
    expect(normalisedPhone('(021) 6123-4567')).toBe('02161234567');
    expect(normalisedPhone('123')).toBeNull();
  });
});

describe('working a list', () => {
  const c = (id: string, position: number, outcome: 'reached' | 'noAnswer' | 'refused' | 'done' | null, attempts = 0, workedAt: number | null = null) => ({ id, position, outcome, attempts, workedAt });

  it('gives untried customers first in list order, then unanswered ones tried least and longest ago; finished ones never', () => {
    const list = [c('a', 0, 'reached', 1, 10), c('b', 1, 'noAnswer', 1, 50), c('c', 2, null), c('d', 3, 'noAnswer', 1, 20), c('e', 4, null), c('f', 5, 'refused', 1, 5)];
    expect(nextContact(list)?.id).toBe('c');
    expect(nextContact(list, new Set(['c']))?.id).toBe('e');
    expect(nextContact(list, new Set(['c', 'e']))?.id).toBe('d');
    expect(nextContact([c('a', 0, 'done', 1, 1)])).toBeNull();
  });

  it('counts each contact once by its latest outcome', () => {
    const counts = proactiveCounts([{ outcome: 'reached' }, { outcome: 'noAnswer' }, { outcome: null }, { outcome: 'done' }, { outcome: 'refused' }, { outcome: null }]);
    expect(counts).toEqual({ total: 6, untried: 2, reached: 1, noAnswer: 1, refused: 1, done: 1 });
    expect(finishedShare(counts)).toBe(0.5);
    expect(finishedShare(proactiveCounts([]))).toBe(0);
  });
});
