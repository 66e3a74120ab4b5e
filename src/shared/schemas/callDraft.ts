import { z } from 'zod';
import { guardKeptSchema } from '../domain/phraseGuard';
import { channels, entityId, LIMITS, optionalText } from './case';
import { callStages, categories, complaintSeverities, faultClasses, followUpKinds, priorities, returnKinds, returnReasons, scenarios } from './domainTerms';

const epochMs = z.number().int().min(0).max(8_640_000_000_000);
const text = (max: number) => optionalText(max).default('');

/** Who the caller is: a customer found in the store, a new one typed in, or someone who stays anonymous. */
export const callerSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('linked'), customerId: entityId, name: z.string().max(LIMITS.name), salutation: z.enum(['mr', 'ms']).nullable() }),
  z.strictObject({ mode: z.literal('new'), name: optionalText(LIMITS.name), phone: z.string().max(30), salutation: z.enum(['mr', 'ms']).nullable() }),
  z.strictObject({ mode: z.literal('anonymous') }),
]);
export type Caller = z.infer<typeof callerSchema>;

export const collaborationSchema = z.strictObject({
  kind: z.enum(['escalate', 'transfer']),
  target: optionalText(LIMITS.name).refine((v) => v.length > 0, 'required'),
  feedbackMinutes: z.number().int().min(1).max(7 * 24 * 60),
  note: text(LIMITS.note),
  at: epochMs,
});
export type Collaboration = z.infer<typeof collaborationSchema>;

export const remedies = ['refund', 'exchange', 'repair', 'compensation', 'explanation'] as const;
export type Remedy = (typeof remedies)[number];

/**
 * A call in progress, exactly as the call screen holds it. Saved as a draft on every change, so a
 * crash or a closed window loses nothing; turned into case rows by `finishCall` at the record stage.
 */
export const callDraftSchema = z.strictObject({
  id: entityId,
  /** An existing case this call is about; null: a new case is made when the call is saved. */
  caseId: entityId.nullable(),
  /** The follow-up this call answers (a callback from the queue): saving the call marks it done. */
  followUpId: entityId.nullable().default(null),
  channel: z.enum(channels),
  callerNumber: z.string().max(30).nullable(),
  startedAt: epochMs,
  /** When the conversation ended and after-call work began; null while still talking. */
  talkEndedAt: epochMs.nullable(),
  stage: z.enum(callStages),
  completed: z.array(z.strictObject({ stage: z.enum(callStages), at: epochMs })).max(50),
  checklist: z.record(z.string().max(40), z.boolean()),
  caller: callerSchema.nullable(),
  verified: z.boolean(),
  scenario: z.enum(scenarios),
  priority: z.enum(priorities),
  severity: z.enum(complaintSeverities).nullable(),
  confirm: z.strictObject({
    category: z.enum(categories).nullable(),
    summary: text(LIMITS.subject),
    keyPoints: text(LIMITS.description),
    restated: z.boolean(),
    needsCollaboration: z.boolean(),
    product: text(LIMITS.product),
    /** As typed; checked against the order-number format by the confirm gate. */
    orderNo: text(40),
  }),
  solve: z.strictObject({
    solution: text(LIMITS.description),
    remedy: z.enum(remedies).nullable(),
    beyondAuthority: z.boolean(),
    approvalRequestedAt: epochMs.nullable(),
    collaboration: collaborationSchema.nullable(),
    /** A complex issue must reach a colleague within 5 minutes: set when that clock starts. */
    collaborationDueAt: epochMs.nullable(),
    /** Set when follow-up found the problem unsolved: solve must now escalate. */
    mustEscalate: z.boolean(),
    articleIds: z.array(entityId).max(20),
    visit: z.strictObject({ engineer: text(LIMITS.name), date: text(20), timeSlot: text(40) }),
    returnRequest: z
      .strictObject({ kind: z.enum(returnKinds), reason: z.enum(returnReasons), receivedAt: epochMs.nullable(), damagedByCustomer: z.boolean(), specialGoods: z.boolean() })
      .nullable(),
    fault: z
      .strictObject({ symptoms: text(LIMITS.description), faultClass: z.enum(faultClasses).nullable(), stepsTried: text(LIMITS.description), rootCause: text(LIMITS.description), workaround: z.boolean(), needsVisit: z.boolean(), needsFactoryReturn: z.boolean() })
      .nullable(),
  }),
  followUp: z.strictObject({
    solved: z.boolean().nullable(),
    callback: z.strictObject({ kind: z.enum(followUpKinds), dueAt: epochMs, note: text(500) }).nullable(),
    callbackDeclined: z.boolean(),
    satisfaction: z.number().int().min(1).max(5).nullable(),
    surveyDeclined: z.boolean(),
    comment: text(500),
  }),
  record: z.strictObject({ disposition: z.string().max(40).nullable(), notes: text(LIMITS.note) }),
  /** Flagged phrases the agent chose to keep as written in customer-facing fields, each with a reason (recorded for quality review). */
  guardKept: z.array(guardKeptSchema).max(50).optional(),
  updatedAt: epochMs,
});
export type CallDraft = z.output<typeof callDraftSchema>;
