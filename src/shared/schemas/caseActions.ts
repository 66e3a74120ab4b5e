import { z } from 'zod';
import { stageChecklistSchema } from '../domain/callChecklist';
import { guardKeptSchema } from '../domain/phraseGuard';
import { caseStatuses, channels, entityId, LIMITS, optionalText, orderNumber, requiredText } from './case';
import { callStages, categories, complaintSeverities, followUpKinds, piiFields, priorities } from './domainTerms';
import { callActSchema, CALL_HISTORY_LIMIT, verificationSchema } from './callDraft';
import { dispositionCode } from './dispositionCode';

const epochMs = z.number().int().min(0).max(8_640_000_000_000);

/** An intent, not a blind write: `from` must still be the case's status when it is applied. */
export const changeStatusInput = z.strictObject({
  caseId: entityId,
  from: z.enum(caseStatuses, 'invalidChoice'),
  to: z.enum(caseStatuses, 'invalidChoice'),
  note: optionalText(LIMITS.note).optional(),
});
export type ChangeStatusInput = z.input<typeof changeStatusInput>;

/** `kept`: flagged phrases in the note kept as written, each with the agent's reason. */
export const addNoteInput = z.strictObject({ caseId: entityId, text: requiredText(LIMITS.note), kept: z.array(guardKeptSchema).max(20).optional() });
export type AddNoteInput = z.input<typeof addNoteInput>;

export const caseFieldChanges = z
  .strictObject({
    subject: requiredText(LIMITS.subject),
    description: optionalText(LIMITS.description),
    priority: z.enum(priorities, 'invalidChoice'),
    category: z.enum(categories, 'invalidChoice'),
    severity: z.enum(complaintSeverities, 'invalidChoice').nullable(),
    product: optionalText(LIMITS.product).nullable(),
    orderNo: orderNumber.nullable(),
    assigneeId: entityId.nullable(),
  })
  .partial()
  .refine((changes) => Object.keys(changes).length > 0, 'required');

export const updateCaseInput = z.strictObject({ caseId: entityId, changes: caseFieldChanges });
export type UpdateCaseInput = z.input<typeof updateCaseInput>;

/** Everything the record stage saves at the end of a call, written as one transaction. */
export const wrapUpInput = z.strictObject({
  caseId: entityId,
  call: z.strictObject({
    channel: z.enum(channels, 'invalidChoice'),
    startedAt: epochMs,
    endedAt: epochMs,
    talkSeconds: z.number().int().min(0).max(86_400),
    acwSeconds: z.number().int().min(0).max(86_400),
    /** A code of the dispositions policy (issue 18); main checks it is one the policy in force offered. */
    disposition: dispositionCode,
    /** Each stage completed, with its checklist as the agent left it (issue 18: evidence for the lead who scores the call). */
    stages: z.array(z.strictObject({ stage: z.enum(callStages, 'invalidChoice'), completedAt: epochMs, checklist: stageChecklistSchema.optional() })).max(50),
    /** What happened on the call, in order (append-only); stored with the call as QA evidence. */
    history: z.array(callActSchema).max(CALL_HISTORY_LIMIT).default([]),
    verification: verificationSchema.nullable().default(null),
  }),
  category: z.enum(categories, 'invalidChoice'),
  resolution: requiredText(LIMITS.description),
  status: z.enum(['inProgress', 'waitingCustomer', 'escalated', 'transferred', 'resolved'], 'invalidChoice'),
  satisfaction: z.strictObject({ score: z.number().int().min(1).max(5), comment: optionalText(500) }).nullable(),
  followUp: z.strictObject({ kind: z.enum(followUpKinds, 'invalidChoice'), dueAt: epochMs, note: optionalText(500) }).nullable(),
  notes: z.array(requiredText(LIMITS.note)).max(20).default([]),
});
export type WrapUpInput = z.input<typeof wrapUpInput>;
export type ParsedWrapUp = z.output<typeof wrapUpInput>;

export const revealFieldInput = z.strictObject({
  customerId: entityId,
  field: z.enum(piiFields, 'invalidChoice'),
  /** At least two characters: a reason a reviewer can read, not a keystroke to get past the box. */
  reason: optionalText(200).refine((r) => Array.from(r).length >= 2, 'required'),
  caseId: entityId.optional(),
  /** Which of the customer's phones (a reference from customer 360's phone list); absent: the main phone. */
  phoneRef: z.string().min(1, 'required').max(64, 'tooLong').optional(),
});
export type RevealFieldInput = z.input<typeof revealFieldInput>;
