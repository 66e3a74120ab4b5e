import { describe, expect, it } from 'vitest';
import { buildMatchQuery, idTokens, snippetOf, textTokens } from '../../src/shared/domain/searchTokens';

describe('search tokens', () => {
  it('splits Chinese into overlapping bigrams plus the last character, and keeps English words whole', () => {
    expect(textTokens('申请退货')).toBe('申请 请退 退货 货');
    expect(textTokens('Router 无法连网, Café')).toBe('router 无法 法连 连网 网 cafe');
    expect(textTokens('ＡＢＣ１２３')).toBe('abc123');
  });

  it('indexes identifiers as trigrams of their letters and digits', () => {
    expect(idTokens(['138-1234', null, 'SO7'])).toBe('138 381 812 123 234 so7');
  });

  it('turns a Chinese query into a phrase of bigrams and a single character into a prefix', () => {
    expect(buildMatchQuery('退货')).toEqual({ match: '{title body} : "退货"', terms: ['退货'] });
    expect(buildMatchQuery('无法连网')!.match).toBe('{title body} : "无法 法连 连网"');
    expect(buildMatchQuery('退')!.match).toBe('{title body} : "退" *');
  });

  it('treats the last word as a prefix while it is being typed, and digits as part of an identifier', () => {
    expect(buildMatchQuery('refu')!.match).toBe('{title body} : "refu" *');
    expect(buildMatchQuery('refund ')!.match).toBe('{title body} : "refund"');
    expect(buildMatchQuery('王 5678')!.match).toBe('{title body} : "王" * AND ({title body} : "5678" * OR ids : "567 678")');
  });

  it('cannot be made to inject FTS5 syntax, and returns null when nothing searchable was typed', () => {
    expect(buildMatchQuery('" OR * NEAR(')!.match).toBe('{title body} : "or" AND {title body} : "near" *');
    expect(buildMatchQuery('  ,.!?  ')).toBeNull();
    expect(buildMatchQuery('')).toBeNull();
  });

  it('cuts a snippet around the first hit and marks every hit, ignoring case', () => {
    expect(snippetOf('Ask for a Refund here', ['refund'])).toEqual([
      { text: 'Ask for a ', hit: false },
      { text: 'Refund', hit: true },
      { text: ' here', hit: false },
    ]);
    const long = `${'很'.repeat(50)}退货${'好'.repeat(50)}`;
    const parts = snippetOf(long, ['退货'], 20);
    expect(parts[0]).toEqual({ text: '…', hit: false });
    expect(parts.find((p) => p.hit)).toEqual({ text: '退货', hit: true });
    expect(parts.at(-1)).toEqual({ text: '…', hit: false });
  });
});
