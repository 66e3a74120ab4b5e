import { z } from 'zod';
import { returnKinds, returnReasons, returnSteps, type ReturnStep } from '../schemas/domainTerms';
import { addWorkingDays, type BusinessCalendar } from './businessCalendar';

/**
 * Returns and exchanges: who may return what, who pays the shipping, and when each step of a
 * return is due. See shared/docs/domain.md, "Returns and exchanges".
 */

export type ReturnKind = (typeof returnKinds)[number];
export type ReturnReason = (typeof returnReasons)[number];

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The figures of the default return policy. */
export const returnRules = {
  /** No-reason window: 7 × 24 h from receipt of the goods. */
  noReasonWindowMs: 7 * DAY_MS,
  /** Quality defect or not as described: a refund (return) within 7 days of receipt, */
  qualityReturnWithinMs: 7 * DAY_MS,
  /** an exchange within 15 days, */
  qualityExchangeWithinMs: 15 * DAY_MS,
  /** and afterwards repair under warranty for a year from receipt (三包 practice). */
  warrantyMs: 365 * DAY_MS,
} as const;

export const eligibilityReasons = [
  'qualityDefect',
  'notAsDescribed',
  'withinSevenDays',
  'sevenDaysPassed',
  'qualityReturnWindowPassed',
  'qualityExchangeWindowPassed',
  'damagedByCustomer',
  'specialGoods',
  'unknownDeliveryDate',
  'notCovered',
] as const;
export type EligibilityReason = (typeof eligibilityReasons)[number];

/** 'special': special goods (custom-made, perishable, …) whose own rule decides who pays. */
export type CostBearer = 'merchant' | 'customer' | 'special';

/** What an ineligible request may be offered instead of a return. */
export const returnAlternatives = ['repair', 'warrantyService', 'leadEscalation'] as const;
export type ReturnAlternative = (typeof returnAlternatives)[number];

export const returnEligibilityInputSchema = z.strictObject({
  kind: z.enum(returnKinds, 'invalidChoice'),
  reason: z.enum(returnReasons, 'invalidChoice'),
  receivedAt: z.number().int().nullable(),
  now: z.number().int(),
  damagedByCustomer: z.boolean().optional(),
  specialGoods: z.boolean().optional(),
});
export type ReturnEligibilityInput = z.infer<typeof returnEligibilityInputSchema>;

export interface ReturnEligibility {
  eligible: boolean;
  why: EligibilityReason;
  /** Who pays the shipping and costs; null when nothing is returned and nobody pays. */
  costBearer: CostBearer | null;
  /** When the no-reason window closes (receipt + 7 × 24 h); null when the receipt date is unknown. */
  windowEndsAt: number | null;
  /** What the rules allow instead when not eligible (empty when eligible). */
  alternatives: ReturnAlternative[];
}

/**
 * Whether a return or exchange may go ahead, and who pays. In order:
 * 1. damage caused by the customer: not eligible (not a quality claim, nor a no-reason return
 *    of intact goods); the customer pays for anything done — a paid repair, or a lead's exception;
 * 2. quality defect or not as described: the merchant pays (special goods: their rule); a refund
 *    within 7 × 24 h of receipt, an exchange within 15 × 24 h; later, repair under warranty
 *    (a year from receipt) — an unknown receipt date is not held against the customer;
 * 3. special goods are outside the no-reason window rule: their own rule decides;
 * 4. no reason: eligible up to and including the instant the 7-day window ends, customer pays;
 *    an unknown receipt date cannot be checked;
 * 5. any other reason is not covered by the policy.
 * An ineligible request lists what the rules allow instead: repair (paid or under warranty),
 * warranty service, or an exception escalated to a lead for approval.
 */
export function returnEligibility(input: ReturnEligibilityInput): ReturnEligibility {
  const { reason, receivedAt, now, kind } = input;
  const windowEndsAt = receivedAt === null ? null : receivedAt + returnRules.noReasonWindowMs;
  const inWarranty = receivedAt === null || now <= receivedAt + returnRules.warrantyMs;
  const result = (eligible: boolean, why: EligibilityReason, costBearer: CostBearer | null, alternatives: ReturnAlternative[] = []): ReturnEligibility => ({
    eligible,
    why,
    costBearer,
    windowEndsAt,
    alternatives: eligible ? [] : alternatives,
  });

  if (input.damagedByCustomer) return result(false, 'damagedByCustomer', 'customer', ['repair', 'leadEscalation']);
  if (reason === 'qualityDefect' || reason === 'notAsDescribed') {
    const costBearer = input.specialGoods ? 'special' : 'merchant';
    if (receivedAt !== null) {
      const limit = kind === 'return' ? returnRules.qualityReturnWithinMs : returnRules.qualityExchangeWithinMs;
      if (now > receivedAt + limit) {
        const why = kind === 'return' ? 'qualityReturnWindowPassed' : 'qualityExchangeWindowPassed';
        return result(false, why, null, inWarranty ? ['warrantyService', 'repair', 'leadEscalation'] : ['repair', 'leadEscalation']);
      }
    }
    return result(true, reason, costBearer);
  }
  if (input.specialGoods) return result(false, 'specialGoods', 'special', ['repair', 'leadEscalation']);
  if (reason === 'noReason7Days') {
    if (windowEndsAt === null) return result(false, 'unknownDeliveryDate', null, ['leadEscalation']);
    return now <= windowEndsAt ? result(true, 'withinSevenDays', 'customer') : result(false, 'sevenDaysPassed', null, inWarranty ? ['repair', 'leadEscalation'] : ['repair']);
  }
  return result(false, 'notCovered', null, ['repair', 'leadEscalation']);
}

/**
 * The deadlines of a return's steps, as an admin sets them in the SLA-targets policy (issue 18);
 * a policy that does not set them keeps these built-in figures.
 */
export interface ReturnStepTimes {
  /** The request is reviewed within this many hours, weekends included. */
  reviewWithinHours: number;
  /** The customer ships within this many days of the method being confirmed. */
  shipWithinDays: number;
  /** Processing is expected this many working days after receipt, */
  processingExpectedWorkingDays: number;
  /** and due after this many. */
  processingDueWorkingDays: number;
}

/** The default return policy's steps: review within 24 h, shipping within 7 days of confirmation, processing 3–5 working days after receipt. */
export const builtInReturnStepTimes: ReturnStepTimes = { reviewWithinHours: 24, shipWithinDays: 7, processingExpectedWorkingDays: 3, processingDueWorkingDays: 5 };

/** The step after `step`, or null after the last one. */
export function nextReturnStep(step: ReturnStep): ReturnStep | null {
  return returnSteps[returnSteps.indexOf(step) + 1] ?? null;
}

/** The step before `step`, or null for the first one. */
export function previousReturnStep(step: ReturnStep): ReturnStep | null {
  const i = returnSteps.indexOf(step);
  return i > 0 ? (returnSteps[i - 1] ?? null) : null;
}

/**
 * When `step` is due, given when the previous step was entered. Null for steps without a
 * deadline of their own: the request (first step), the confirmation of method and address
 * (agreed with the customer), and receipt (depends on the carrier).
 * Built in: reviewed 24 h after the request; shipped 7 days after confirmation; processed 5
 * working days after receipt — or the times of the policy in force when the previous step was entered.
 */
export function returnStepDueAt(step: ReturnStep, enteredPreviousAtMs: number, cal: BusinessCalendar, times: ReturnStepTimes = builtInReturnStepTimes): number | null {
  switch (step) {
    case 'reviewed':
      return enteredPreviousAtMs + times.reviewWithinHours * HOUR_MS;
    case 'shipped':
      return enteredPreviousAtMs + times.shipWithinDays * DAY_MS;
    case 'processed':
      return addWorkingDays(cal, enteredPreviousAtMs, times.processingDueWorkingDays);
    case 'requested':
    case 'methodConfirmed':
    case 'received':
      return null;
  }
}

/** When processing is expected to be done (built in: 3 working days after receipt; it is due at 5). */
export function processingExpectedAt(receivedAt: number, cal: BusinessCalendar, times: ReturnStepTimes = builtInReturnStepTimes): number {
  return addWorkingDays(cal, receivedAt, times.processingExpectedWorkingDays);
}

export interface ReturnTimelineEntry {
  step: ReturnStep;
  /** When the step happened, if it has. */
  enteredAt: number | null;
  /** The step's deadline; null for a step without a deadline of its own. */
  dueAt: number | null;
  /** processed only: when it is expected (3 working days after receipt); null for other steps. */
  expectedAt: number | null;
  /** True when the deadline rests on a planned, not a recorded, time of the previous step. */
  estimated: boolean;
}

/**
 * Every step of a return with its deadline, for the case timeline and for planning. Recorded
 * times in `entered` are used where known; a step not yet entered is planned at its deadline,
 * and a step without a deadline at the moment its predecessor is (so transit time is not
 * included in the plan). The request itself is always at `requestedAt`.
 */
export function returnTimeline(
  requestedAt: number,
  cal: BusinessCalendar,
  entered: Partial<Record<ReturnStep, number>> = {},
  times: ReturnStepTimes = builtInReturnStepTimes,
): ReturnTimelineEntry[] {
  const entries: ReturnTimelineEntry[] = [];
  let previousAt = requestedAt;
  let previousRecorded = true;
  for (const step of returnSteps) {
    const enteredAt = step === 'requested' ? requestedAt : (entered[step] ?? null);
    const dueAt = step === 'requested' ? null : returnStepDueAt(step, previousAt, cal, times);
    const expectedAt = step === 'processed' ? processingExpectedAt(previousAt, cal, times) : null;
    entries.push({ step, enteredAt, dueAt, expectedAt, estimated: !previousRecorded });
    previousAt = enteredAt ?? dueAt ?? previousAt;
    previousRecorded = enteredAt !== null;
  }
  return entries;
}
