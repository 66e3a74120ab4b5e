import { z } from 'zod';
import { guardKeptSchema } from '../domain/phraseGuard';
import { returnAlternatives } from '../domain/returns';
import { dispositionCode } from './dispositionCode';
import { channels, entityId, LIMITS, optionalText } from './case';
import { callStages, categories, complaintSeverities, faultClasses, followUpKinds, priorities, returnKinds, returnReasons, scenarios } from './domainTerms';

const epochMs = z.number().int().min(0).max(8_640_000_000_000);
const text = (max: number) => optionalText(max).default('');

/** Who the caller is: a customer found in the store, a new one typed in, or someone who stays anonymous. */
export const callerSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('linked'), customerId: entityId, name: z.string().max(LIMITS.name), salutation: z.enum(['mr', 'ms']).nullable() }),
  /** A new customer: a phone, or for chat, email and walk-in an email address instead (either may be empty while typing). */
  z.strictObject({ mode: z.literal('new'), name: optionalText(LIMITS.name), phone: z.string().max(30), email: z.string().max(254).optional(), salutation: z.enum(['mr', 'ms']).nullable() }),
  z.strictObject({ mode: z.literal('anonymous') }),
]);
export type Caller = z.infer<typeof callerSchema>;

/** How many replies one interaction records at most. */
export const MAX_REPLIES = 50;
/** A reply's longest text (an email body). */
export const REPLY_MAX = 10_000;

/** A chat message or email reply the agent sent, recorded as sent: the text, when, by whom (set by main when saved). */
export const sentReplySchema = z.strictObject({
  id: entityId,
  text: optionalText(REPLY_MAX).refine((v) => v.length > 0, 'required'),
  sentAt: epochMs,
  /** Which template it started from, if any. */
  templateId: z.string().max(40).nullable().default(null),
});
export type SentReply = z.infer<typeof sentReplySchema>;

export const remedies = ['refund', 'exchange', 'repair', 'compensation', 'explanation'] as const;
export type Remedy = (typeof remedies)[number];

/** The salutations a customer may be addressed with; none (null) means the full name is used. */
export const salutations = ['mr', 'ms'] as const;
export type Salutation = (typeof salutations)[number];

/** An escalation: a colleague or team takes the case over and contacts the customer by a promised time. */
export const escalationSchema = z.strictObject({
  kind: z.literal('escalate'),
  target: optionalText(LIMITS.name).refine((v) => v.length > 0, 'required'),
  feedbackMinutes: z.number().int().min(1).max(7 * 24 * 60),
  note: text(LIMITS.note),
  at: epochMs,
});
export type Escalation = z.infer<typeof escalationSchema>;

/** A transfer: the caller waits on the line while the call goes to another team or agent. */
export const transferSchema = z.strictObject({
  kind: z.literal('transfer'),
  target: optionalText(LIMITS.name).refine((v) => v.length > 0, 'required'),
  reason: text(LIMITS.note),
  /** How long the caller is told they will wait on the line. */
  waitSeconds: z.number().int().min(1).max(3600),
  note: text(LIMITS.note),
  at: epochMs,
});
export type Transfer = z.infer<typeof transferSchema>;

/** Drafts saved before transfers had their own fields held a "feedback" time in minutes: read it as the wait. */
const legacyTransfer = (value: unknown) => {
  if (!value || typeof value !== 'object') return value;
  const v = value as Record<string, unknown>;
  if (v.kind !== 'transfer' || !('feedbackMinutes' in v)) return value;
  const { feedbackMinutes, ...rest } = v;
  return { reason: '', ...rest, waitSeconds: Math.min(3600, Math.max(1, Number(feedbackMinutes) * 60 || 60)) };
};

export const collaborationSchema = z.preprocess(legacyTransfer, z.discriminatedUnion('kind', [escalationSchema, transferSchema]));
export type Collaboration = Escalation | Transfer;

/** How the caller's identity was checked, or that it was not. */
export const verificationMethods = ['phoneMatch', 'orderNo', 'idLastDigits', 'notVerified'] as const;
export type VerificationMethod = (typeof verificationMethods)[number];
export const verificationSchema = z.strictObject({ method: z.enum(verificationMethods), at: epochMs });
export type Verification = z.infer<typeof verificationSchema>;

/**
 * One act recorded during the call. The history only grows: going back a stage, answering "not
 * solved" or escalating again adds acts and never removes one.
 */
export const callActSchema = z.discriminatedUnion('act', [
  z.strictObject({ act: z.literal('stage'), stage: z.enum(callStages), at: epochMs }),
  z.strictObject({ act: z.literal('verification'), method: z.enum(verificationMethods), at: epochMs }),
  z.strictObject({ act: z.literal('solution'), solution: text(LIMITS.description), remedy: z.enum(remedies).nullable(), at: epochMs }),
  z.strictObject({ act: z.literal('escalation'), escalation: escalationSchema, at: epochMs }),
  z.strictObject({ act: z.literal('transfer'), transfer: transferSchema, at: epochMs }),
  /** The customer said the problem is not solved; `next` is where the call went from there. */
  z.strictObject({ act: z.literal('notSolved'), next: z.enum(['solve', 'record']), at: epochMs }),
]);
export type CallAct = z.infer<typeof callActSchema>;
export const CALL_HISTORY_LIMIT = 500;

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
  /** How identity was checked (or explicitly not); null: not asked yet. `verified` follows it. */
  verification: verificationSchema.nullable().default(null),
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
    /** An engineer visit being booked; saved as a visit booking when complete (domain/visitBookings.ts checks it). */
    visit: z.strictObject({
      engineer: text(LIMITS.name),
      date: text(20),
      timeSlot: text(40),
      address: text(500),
      /** As typed; 15–720 is checked by the solve gate and again when the call is saved. */
      durationMinutes: z.number().min(0).max(100_000).nullable().default(null),
    }),
    returnRequest: z
      .strictObject({
        kind: z.enum(returnKinds),
        reason: z.enum(returnReasons),
        receivedAt: epochMs.nullable(),
        damagedByCustomer: z.boolean(),
        specialGoods: z.boolean(),
        /** When the request is not eligible: what the customer was offered instead (no return is saved). */
        offered: z.enum(returnAlternatives).nullable().optional(),
      })
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
  record: z.strictObject({ disposition: dispositionCode.nullable(), notes: text(LIMITS.note) }),
  /** Flagged phrases the agent chose to keep as written in customer-facing fields, each with a reason (recorded for quality review). */
  guardKept: z.array(guardKeptSchema).max(50).optional(),
  updatedAt: epochMs,
  /** Every act of the call in order; append-only (see CallAct). */
  history: z.array(callActSchema).max(CALL_HISTORY_LIMIT).default([]),
  /**
   * When the customer's message arrived (chat: the first message; email: when it was received),
   * as the agent records it; null: when the screen opened. The case's clocks start here.
   */
  contactAt: epochMs.nullable().default(null),
  /** Replies the agent sent through the mail or chat tool, recorded as sent (oldest first). */
  replies: z.array(sentReplySchema).max(MAX_REPLIES).default([]),
  /** The call id its events are recorded under: the softphone's (telephony ring), else the draft's own id. */
  callRef: z.string().max(64).regex(/^[A-Za-z0-9._:-]+$/).nullable().default(null),
});
export type CallDraft = z.output<typeof callDraftSchema>;
