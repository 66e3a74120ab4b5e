import { z } from 'zod';
import { entityId, type CaseSummary } from './case';
import type { MaskedCustomer } from './caseDetail';
import type { ContactPhone } from './customerContacts';
import { kbCategories, type FollowUpKind, type FollowUpState, type KbCategory } from './domainTerms';
import { locales } from './settings';

export const followUpViews = ['today', 'overdue', 'upcoming', 'done'] as const;
export type FollowUpView = (typeof followUpViews)[number];

export const listFollowUpsQuery = z.strictObject({
  view: z.enum(followUpViews, 'invalidChoice'),
  /** Only this agent's callbacks; absent: everyone's on this desktop. */
  agentId: entityId.nullable().optional(),
  limit: z.number().int().min(1).max(500).default(200),
});

/** A follow-up as the queue shows it, with its case and customer (phone masked). */
export interface FollowUpItem {
  id: string;
  caseId: string;
  caseNumber: string;
  subject: string;
  customerId: string | null;
  customerName: string | null;
  customerPhoneMasked: string | null;
  kind: FollowUpKind;
  state: FollowUpState;
  dueAt: number;
  doneAt: number | null;
  note: string;
  overdue: boolean;
}

export const completeFollowUpInput = z.strictObject({ id: entityId, note: z.string().trim().max(2_000, 'tooLong').default('') });

/** Everything about one customer, personal data masked. */
export interface Customer360 {
  customer: MaskedCustomer;
  cases: CaseSummary[];
  calls: { id: string; caseId: string; channel: string; startedAt: number; talkSeconds: number; disposition: string | null }[];
  satisfaction: { average: number | null; count: number; recent: { score: number; comment: string; at: number; caseId: string }[] };
  upcomingFollowUps: FollowUpItem[];
  /** The next birthday, for care calls (ISO date), when the birthday is known. */
  nextBirthday: string | null;
  /** The customer's phones, masked, by reference, the main one first (for editing the contacts). */
  phones: ContactPhone[];
}

export const listArticlesQuery = z.strictObject({
  category: z.enum(kbCategories, 'invalidChoice').optional(),
  locale: z.enum(locales, 'invalidChoice').optional(),
});

export interface ArticleSummary {
  id: string;
  category: KbCategory;
  locale: string;
  version: number;
  title: string;
  updatedAt: number;
}

export const saveArticleInput = z.strictObject({
  /** Absent: a new article. */
  id: entityId.optional(),
  /** The version the editor started from; a save over a newer version is refused as a conflict. */
  baseVersion: z.number().int().min(1).optional(),
  category: z.enum(kbCategories, 'invalidChoice'),
  locale: z.enum(locales, 'invalidChoice'),
  title: z.string().trim().min(1, 'required').max(200, 'tooLong'),
  body: z.string().trim().min(1, 'required').max(50_000, 'tooLong'),
  tags: z.array(z.string().trim().min(1).max(20, 'tooLong')).max(20, 'tooMany').default([]),
});
export type SaveArticleInput = z.output<typeof saveArticleInput>;
