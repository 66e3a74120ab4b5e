import { z } from 'zod';
import type { SnippetPart } from '../domain/searchTokens';
import type { CaseStatus } from './case';

export const searchKinds = ['case', 'customer', 'article'] as const;
export type SearchKind = (typeof searchKinds)[number];

export const searchQuery = z.strictObject({
  text: z.string({ error: 'invalidType' }).max(200, 'tooLong'),
  kinds: z.array(z.enum(searchKinds, 'invalidChoice')).min(1).max(searchKinds.length).optional(),
  limit: z.number().int().min(1).max(50).default(20),
});
export type SearchQuery = z.input<typeof searchQuery>;

/** One result, best first. Text comes split into parts with the matched pieces marked; personal data masked. */
export interface SearchHit {
  kind: SearchKind;
  id: string;
  title: SnippetPart[];
  /** Case: number · customer · order number. Customer: account number. Article: category. */
  detail: SnippetPart[];
  /** Where in the body the terms occur (empty when only the title or an identifier matched). */
  snippet: SnippetPart[];
  phoneMasked: string | null;
  status: CaseStatus | null;
  updatedAt: number;
}
