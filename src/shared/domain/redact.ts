import { maskEmail, maskIdCard, maskPhone } from './piiMask';

/** Keeps the last 4 digits of a bank-card number, separators dropped: 6222 0212 3456 7890 → ************7890. */
const maskCard = (card: string) => {
  const digits = card.replace(/\D/g, '');
  return '*'.repeat(digits.length - 4) + digits.slice(-4);
};

const secretNames = String.raw`password|passwd|pwd|token|access_token|refresh_token|secret|api[_-]?key`;

/**
 * In order: secrets first, then the longest digit runs (ID cards, bank cards) before the shorter
 * phone patterns could take part of them. Digit patterns never start or end inside a longer run
 * of digits or letters, so case numbers (SH01-20261122-3GK-0001), order numbers, epoch-ms
 * timestamps (13 digits), hybrid-logical clocks (15 digits starting 00) and durations stay as
 * they are.
 */
const patterns: [RegExp, (match: string, ...groups: string[]) => string][] = [
  [/\bBearer\s+[\w.~+/=-]+/gi, () => 'Bearer [token]'],
  [new RegExp(String.raw`("?\b(?:${secretNames})"?\s*[:=]\s*)"[^"]*"`, 'gi'), (_m, key) => `${key}"[redacted]"`],
  [new RegExp(String.raw`(\b(?:${secretNames})\s*[:=]\s*)(?!"|\[redacted\])[^\s&"',;}]+`, 'gi'), (_m, key) => `${key}[redacted]`],
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, maskEmail],
  // 18-digit ID cards, and the older 15-digit ones: region (first digit 1–8), YYMMDD, 3 digits.
  [/(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g, maskIdCard],
  [/(?<![\dA-Za-z-])[1-8]\d{7}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}(?![\dA-Za-z-])/g, maskIdCard],
  // Bank cards: 16–19 digits, whole or in groups of four separated by spaces or dashes.
  [/(?<![\dA-Za-z-])\d{4}(?:([ -]?)\d{4}(?:\1\d{4}){2})(?:\1?\d{1,3})?(?![\dA-Za-z-])/g, maskCard],
  // Mobiles, with an optional +86 and spaces or dashes (138 0013 8000, +86-138-0013-8000).
  [/(?<![\dA-Za-z])(?:\+?86[- ]?)?1[3-9]\d(?:([- ]?)\d{4}\1\d{4})(?![\dA-Za-z])/g, maskPhone],
  // Landlines: area code and number (021-63456789, 01062345678).
  [/(?<![\dA-Za-z-])0\d{2,3}-?\d{7,8}(?![\dA-Za-z-])/g, maskPhone],
];

/**
 * Masks personal data and secrets in free text before it is logged or exported for support:
 * phone numbers, ID-card and bank-card numbers, emails, bearer tokens, passwords and tokens.
 * Applied to every log line.
 */
export function redact(text: string): string {
  let out = text;
  for (const [pattern, mask] of patterns) out = out.replace(pattern, (match, ...groups: unknown[]) => mask(match, ...groups.filter((g): g is string => typeof g === 'string')));
  return out;
}
