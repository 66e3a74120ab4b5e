import fc from 'fast-check';

/** Strings that break careless code: oversized, SQL- and path-looking, control and bidi characters, emoji. */
export const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom(
    "'; DROP TABLE cases; --",
    '" OR 1=1 --',
    '../../../../etc/passwd',
    '..\\..\\windows\\system32',
    'NEAR(退货 refund) OR *',
    '\u0000\u0000',
    'a\u0000b',
    '\u202Eevil\u202C',
    '\u200F\u200E\uFEFF',
    '👩‍👩‍👧‍👦🏳️‍🌈',
    '\uD800',
    '%s%n%x',
    '${process.exit()}',
    '<script>alert(1)</script>',
    '__proto__',
    'constructor',
  ),
  fc.integer({ min: 10_000, max: 300_000 }).map((n) => '长'.repeat(n)),
);

/** Any JSON-ish value, with hostile strings at every level and objects with hostile keys. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.double(),
    fc.integer(),
    fc.bigInt().map((b) => Number(b)),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(hostileString, tie('value'), { maxKeys: 5 }),
    fc.object(),
  ),
})).value;
