import { describe, expect, it } from 'vitest';
import { anyTextTokens, buildMatchQuery, commonTextTokens, idTokens, normalize, snippetOf, textTokens } from '../../src/shared/domain/searchTokens';

describe('search tokens', () => {
  it('splits Chinese into overlapping bigrams plus the last character, and keeps English words whole', () => {
    expect(textTokens('申请退货')).toBe('申请 请退 退货 货');
    expect(textTokens('Router 无法连网, Café')).toBe('router 无法 法连 连网 网 cafe');
    expect(textTokens('ＡＢＣ１２３')).toBe('abc123');
    // A word ends where Chinese starts, so a model number does not swallow the text after it.
    expect(anyTextTokens('XQG120的用法 Café')).toBe('xqg120 的用 用法 法 cafe');
    expect(textTokens('XQG120的用法')).toBe('xqg120 的用 用法 法');
  });

  it('gives the same tokens on the fast path for common text as the general path, and leaves other text to it', () => {
    // Every character the fast path knows, and its neighbours just outside each range.
    const alphabet = [
      ...'aZ09 -_.,!?@#',
      ...'退货申请维修的了〇々〆ＡＺａｚ０９，。、！？（）【】《》「」“”‘’—…　',
      ...[0x3003, 0x3004, 0x3007, 0x3012, 0x3013, 0x3020, 0x3021, 0x4dff, 0x9fff, 0xa000, 0xff00, 0xff5f, 0x200f, 0x2028, 0xe9, 0x301].map((c) => String.fromCharCode(c)),
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
    let fast = 0;
    for (let n = 0; n < 20_000; n++) {
      const text = Array.from({ length: 1 + (next() % 12) }, () => alphabet[next() % alphabet.length]).join('');
      const common = commonTextTokens(text);
      if (common !== null) fast++;
      expect(common ?? anyTextTokens(text), JSON.stringify(text)).toBe(anyTextTokens(text));
    }
    expect(fast).toBeGreaterThan(1_000);
    for (const text of ['Router 无法连网', 'ＡＢＣ，Café', 'XQG120的用法\n']) expect(normalize(text)).toBe(text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase());
    expect(commonTextTokens('Café')).toBeNull();
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
