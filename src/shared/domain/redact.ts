import { maskEmail, maskIdCard, maskPhone } from './piiMask';

const patterns: [RegExp, (match: string) => string][] = [
  [/\bBearer\s+[\w.~+/=-]+/gi, () => 'Bearer [token]'],
  [/("?(?:password|token|secret)"?\s*[:=]\s*)"[^"]*"/gi, (m) => m.replace(/"[^"]*"$/, '"[redacted]"')],
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, maskEmail],
  [/(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g, maskIdCard],
  [/(?<!\d)(?:\+?86[- ]?)?1[3-9]\d{9}(?!\d)/g, maskPhone],
  [/(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)/g, maskPhone],
];

/**
 * Masks personal data and secrets in free text before it is logged or exported for support:
 * phone numbers, ID-card numbers, emails, bearer tokens, passwords. Applied to every log line.
 */
export function redact(text: string): string {
  let out = text;
  for (const [pattern, mask] of patterns) out = out.replace(pattern, mask);
  return out;
}
