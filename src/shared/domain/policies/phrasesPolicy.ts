import { z } from 'zod';
import { defaultGuardRules, guardRulesSchema, type GuardRule } from '../phraseGuard';

/**
 * The forbidden-phrase policy body (issue 18): the phrase guard's whole rule list — phrases, the
 * category, the alternatives offered and the longer phrases that are fine to say. A published
 * version replaces the list as a whole; the built-in list is version 1.
 */
export interface PhrasesPolicy {
  rules: GuardRule[];
}

export const phrasesPolicySchema = z.strictObject({ rules: guardRulesSchema.max(200) }) satisfies z.ZodType<PhrasesPolicy>;

export const builtInPhrasesPolicy: PhrasesPolicy = { rules: defaultGuardRules };

/** A list typed one item per line (or separated by 、，,;；) as the trimmed, non-empty, distinct items. */
export function splitList(text: string): string[] {
  return [...new Set(text.split(/[\n、，,;；]+/).map((s) => s.trim()).filter((s) => s !== ''))];
}
