import { z } from 'zod';
import { caseStatuses } from './case';
import { categories, scenarios } from './domainTerms';
import { PROACTIVE_NOTE_MAX, proactiveKinds, proactiveOutcomes, type ImportError, type ProactiveCounts, type ProactiveKind, type ProactiveOutcome } from '../domain/proactiveLists';
import { entityId, optionalText } from './case';

/** Proactive lists (issue 18): what crosses IPC. */
export interface ProactiveList {
  id: string;
  kind: ProactiveKind;
  name: string;
  script: string;
  source: 'filter' | 'file';
  state: 'open' | 'closed';
  createdBy: string | null;
  creatorName: string | null;
  createdAt: number;
  counts: ProactiveCounts;
}

export interface ProactiveContact {
  id: string;
  listId: string;
  customerId: string | null;
  name: string;
  /** Masked (last four digits shown): the agent dials it from the call screen. */
  phoneMasked: string;
  note: string;
  position: number;
  outcome: ProactiveOutcome | null;
  outcomeNote: string;
  attempts: number;
  workedBy: string | null;
  workerName: string | null;
  workedAt: number | null;
}

/** The next customer to contact on a list, with the list's script; null when the list is worked through. */
export interface ProactiveNext {
  list: ProactiveList;
  contact: (ProactiveContact & { phone: string }) | null;
}

/** A list built or refused: the file's bad lines by number (nothing stored then). */
export type ProactiveBuildResult = { ok: true; list: ProactiveList } | { ok: false; errors: ImportError[] };

const name = optionalText(100).refine((s) => Array.from(s).length >= 2, 'required');
const script = optionalText(4_000);

/** Which customers: those with a case matching every given term, one contact per customer. */
export const proactiveFilter = z.strictObject({
  scenario: z.enum(scenarios, 'invalidChoice').nullable().default(null),
  category: z.enum(categories, 'invalidChoice').nullable().default(null),
  status: z.enum(caseStatuses, 'invalidChoice').nullable().default(null),
  /** Cases created in this period (ms since the epoch, end exclusive). */
  createdFrom: z.number().int().min(0).nullable().default(null),
  createdTo: z.number().int().min(0).nullable().default(null),
  /** Only cases whose satisfaction score is at most this (a survey after a poor score). */
  maxSatisfaction: z.number().int().min(1).max(5).nullable().default(null),
  /** Only cases with an engineer visit booked (post-visit checks). */
  withVisit: z.boolean().default(false),
});
export type ProactiveFilter = z.output<typeof proactiveFilter>;

export const buildProactiveListInput = z.strictObject({
  kind: z.enum(proactiveKinds, 'invalidChoice'),
  name,
  script,
  source: z.discriminatedUnion('from', [
    z.strictObject({ from: z.literal('filter'), filter: proactiveFilter }),
    /** A CSV file's text, read by the renderer from the file the lead chose (≤ 1 MB). */
    z.strictObject({ from: z.literal('file'), text: z.string().max(1_000_000, 'tooLong') }),
  ]),
});
export type BuildProactiveListInput = z.input<typeof buildProactiveListInput>;
export type BuildProactiveListRequest = z.output<typeof buildProactiveListInput>;

export const previewProactiveFilterInput = z.strictObject({ filter: proactiveFilter });

export const proactiveListQuery = z.strictObject({ listId: entityId });

export const proactiveNextQuery = z.strictObject({
  listId: entityId,
  /** Contacts passed over in this session. */
  skip: z.array(entityId).max(500).default([]),
});

export const recordProactiveOutcomeInput = z.strictObject({
  contactId: entityId,
  outcome: z.enum(proactiveOutcomes, 'invalidChoice'),
  note: optionalText(PROACTIVE_NOTE_MAX).default(''),
});

export const closeProactiveListInput = z.strictObject({ listId: entityId });

/** Counted over a period for the team view and the shift report. */
export interface ProactiveSummary {
  lists: number;
  worked: number;
  reached: number;
  noAnswer: number;
  refused: number;
  done: number;
}
