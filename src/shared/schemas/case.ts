import { z } from 'zod';
import { categories, complaintSeverities, priorities, scenarios, type Category, type Priority } from './domainTerms';

export const channels = ['phone', 'chat', 'email', 'walkIn'] as const;
export type Channel = (typeof channels)[number];

export const caseStatuses = ['new', 'inProgress', 'waitingCustomer', 'escalated', 'transferred', 'resolved', 'closed', 'reopened'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export const LIMITS = { name: 64, subject: 200, phoneDigits: 20, description: 4000, product: 100, note: 4000 } as const;

/** Phone numbers: mobile, landline with area code and optional extension, or international (+86 …). */
const phonePattern = /^\+?[0-9][0-9\- ]{3,24}$/;

/** A string field: missing reads as "required", any other type as "invalidType". */
const text = () => z.string({ error: (issue) => (issue.input === undefined ? 'required' : 'invalidType') });

export const phoneSchema = text()
  .trim()
  .min(1, 'required')
  .regex(phonePattern, 'invalidPhone')
  .transform((v) => v.replace(/[\s-]/g, ''))
  .refine((v) => v.replace('+', '').length >= 5 && v.replace('+', '').length <= LIMITS.phoneDigits, 'invalidPhone');

/** An email address: one @, a dotted domain, no spaces; stored lower-cased. */
export const emailSchema = text()
  .trim()
  .min(1, 'required')
  .max(254, 'tooLong')
  .regex(/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/, 'invalidEmail')
  .transform((v) => v.toLowerCase());

export const requiredText = (max: number) => text().trim().min(1, 'required').max(max, 'tooLong');
export const optionalText = (max: number) => text().trim().max(max, 'tooLong');
export const entityId = z.string().min(1, 'required').max(64, 'tooLong');
export const orderNumber = text().trim().regex(/^[A-Za-z0-9-]{4,40}$/, 'invalid');

/** An optional contact field: blank means none ('' out); anything typed must satisfy `schema`. */
const blankOr = (schema: z.ZodType<string, string>) =>
  text().transform((value, ctx) => {
    if (value.trim() === '') return '';
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
    return z.NEVER;
  });

/**
 * A new case and its customer. The customer needs a way to be reached: a phone or an email
 * address (an email or chat customer often has no phone on record); a phone case needs the phone.
 */
export const newCaseInput = z.strictObject({
  customerName: requiredText(LIMITS.name),
  customerPhone: blankOr(phoneSchema).optional(),
  customerEmail: blankOr(emailSchema).optional(),
  channel: z.enum(channels, 'invalidChoice'),
  subject: requiredText(LIMITS.subject),
  scenario: z.enum(scenarios, 'invalidChoice').optional(),
  category: z.enum(categories, 'invalidChoice').optional(),
  priority: z.enum(priorities, 'invalidChoice').optional(),
  severity: z.enum(complaintSeverities, 'invalidChoice').optional(),
  description: optionalText(LIMITS.description).optional(),
  product: optionalText(LIMITS.product).optional(),
  orderNo: orderNumber.optional(),
  assigneeId: entityId.optional(),
}).superRefine(
  (parsed, ctx) => {
    // Also runs when other fields failed (values then as typed), so every missing thing is named at once.
    const input = parsed as Partial<Record<'customerPhone' | 'customerEmail' | 'channel', unknown>>;
    const given = (v: unknown) => typeof v === 'string' && v.trim() !== '';
    if (given(input.customerPhone)) return;
    if (input.channel === 'phone' || !(channels as readonly unknown[]).includes(input.channel)) ctx.addIssue({ code: 'custom', path: ['customerPhone'], message: 'required' });
    else if (!given(input.customerEmail)) for (const path of ['customerPhone', 'customerEmail']) ctx.addIssue({ code: 'custom', path: [path], message: 'contactRequired' });
  },
  {
    // Not when a contact field was already refused: its own message says what is wrong.
    when: (payload) =>
      typeof payload.value === 'object' && payload.value !== null && !payload.issues.some((issue) => issue.path?.[0] === 'customerPhone' || issue.path?.[0] === 'customerEmail'),
  },
);
export type NewCaseInput = z.input<typeof newCaseInput>;
export type ParsedNewCase = z.output<typeof newCaseInput>;

/** Where the next page starts: the sort key and id of the last row shown (opaque to the renderer). */
export const caseCursor = z.strictObject({ key: z.number().int().nullable(), id: z.string().min(1).max(64) });
export type CaseCursor = z.infer<typeof caseCursor>;

export const caseSorts = ['updatedAt', 'createdAt', 'resolutionDue'] as const;
export type CaseSort = (typeof caseSorts)[number];
/** Open cases by resolution clock: past due, due within two hours, or later. */
export const slaStates = ['breached', 'dueSoon', 'onTrack'] as const;
export type SlaState = (typeof slaStates)[number];
const someOf = <T extends readonly [string, ...string[]]>(values: T) => z.array(z.enum(values, 'invalidChoice')).min(1).max(values.length).optional();

export const listCasesQuery = z.strictObject({
  limit: z.number().int().min(1).max(200).default(50),
  after: caseCursor.optional(),
  sort: z.enum(caseSorts, 'invalidChoice').default('updatedAt'),
  /** Descending by default (newest / latest first); resolutionDue ascending (most urgent first). */
  direction: z.enum(['asc', 'desc'], 'invalidChoice').optional(),
  statuses: someOf(caseStatuses),
  priorities: someOf(priorities),
  channels: someOf(channels),
  categories: someOf(categories),
  slaStates: someOf(slaStates),
  /** An agent's id, or null for cases nobody has. */
  assigneeId: entityId.nullable().optional(),
  customerId: entityId.optional(),
  createdFrom: z.number().int().min(0).optional(),
  createdTo: z.number().int().min(0).optional(),
  /** Case number or subject containing this text. */
  text: z.string().trim().max(100, 'tooLong').optional(),
});
export type ListCasesQuery = z.input<typeof listCasesQuery>;
export type ParsedListCasesQuery = z.output<typeof listCasesQuery>;

/** A case as lists show it: personal data already masked by main. */
export interface CaseSummary {
  id: string;
  number: string;
  subject: string;
  channel: Channel;
  status: CaseStatus;
  customerName: string;
  customerPhoneMasked: string;
  priority: Priority;
  category: Category | null;
  assigneeId: string | null;
  assigneeName: string | null;
  resolutionDueAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface CasePage {
  rows: CaseSummary[];
  next: CaseCursor | null;
  /** Matching cases in all; counted for the first page only (-1 on later pages). */
  total: number;
}
