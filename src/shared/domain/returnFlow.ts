import { z } from 'zod';
import { returnSteps, type ReturnStep } from '../schemas/domainTerms';
import type { BusinessCalendar } from './businessCalendar';
import { nextReturnStep, returnStepDueAt, type ReturnStepTimes } from './returns';

/**
 * Carrying a return from its request to the end: which act moves it to which step, what each
 * act must record, when the next step is due, and which steps were late. Pure: the store and
 * the screens both use it. See shared/docs/domain.md, "Returns and exchanges".
 */

export const returnStates = ['open', 'refused', 'done'] as const;
export type ReturnState = (typeof returnStates)[number];

export const returnResolutions = ['refund', 'exchange'] as const;
export type ReturnResolution = (typeof returnResolutions)[number];

const shortText = (max: number) => z.string().trim().min(1, 'required').max(max, 'tooLong');

/** One act on a return, with what that act must record. */
export const returnActSchema = z.discriminatedUnion('act', [
  z.strictObject({ act: z.literal('approve') }),
  z.strictObject({ act: z.literal('refuse'), reason: shortText(500) }),
  z.strictObject({ act: z.literal('confirmMethod'), method: shortText(64), address: shortText(500) }),
  z.strictObject({ act: z.literal('ship'), trackingNumber: z.string().trim().regex(/^[A-Za-z0-9-]{6,40}$/, 'invalidTracking') }),
  z.strictObject({ act: z.literal('receive'), inspection: shortText(500) }),
  z.strictObject({ act: z.literal('process'), resolution: z.enum(returnResolutions, 'invalidChoice') }),
]);
export type ReturnAct = z.infer<typeof returnActSchema>;
export type ReturnActName = ReturnAct['act'];

/** The step each act records. Approve and refuse both record the review. */
export const stepOfAct: Record<ReturnActName, ReturnStep> = {
  approve: 'reviewed',
  refuse: 'reviewed',
  confirmMethod: 'methodConfirmed',
  ship: 'shipped',
  receive: 'received',
  process: 'processed',
};

/** The acts allowed on a return at `step` in `state`; none once refused or done. */
export function actsAllowed(step: ReturnStep, state: ReturnState): ReturnActName[] {
  if (state !== 'open') return [];
  const next = nextReturnStep(step);
  if (next === null) return [];
  return (Object.keys(stepOfAct) as ReturnActName[]).filter((act) => stepOfAct[act] === next);
}

export interface ReturnNow {
  step: ReturnStep;
  state: ReturnState;
}

export type AdvanceOutcome =
  | { ok: true; step: ReturnStep; state: ReturnState; nextDueAt: number | null; note: string }
  | { ok: false; code: 'returnClosed' | 'returnStepOutOfOrder' };

/**
 * What `act` at `at` does to a return now at `current`: the step it records, the state after,
 * when the step after that is due (measured from `at`, the act's own time) and the note kept on
 * the step. Acts out of order or on a closed return are refused, never applied.
 */
export function advanceReturn(current: ReturnNow, act: ReturnAct, at: number, cal: BusinessCalendar, times?: ReturnStepTimes): AdvanceOutcome {
  if (current.state !== 'open') return { ok: false, code: 'returnClosed' };
  if (!actsAllowed(current.step, current.state).includes(act.act)) return { ok: false, code: 'returnStepOutOfOrder' };
  const step = stepOfAct[act.act];
  const closes = act.act === 'refuse' || act.act === 'process';
  const state: ReturnState = act.act === 'refuse' ? 'refused' : act.act === 'process' ? 'done' : 'open';
  const after = nextReturnStep(step);
  const nextDueAt = closes || after === null ? null : returnStepDueAt(after, at, cal, times);
  return { ok: true, step, state, nextDueAt, note: noteOf(act) };
}

function noteOf(act: ReturnAct): string {
  switch (act.act) {
    case 'approve':
      return '';
    case 'refuse':
      return act.reason;
    case 'confirmMethod':
      return act.method;
    case 'ship':
      return act.trackingNumber;
    case 'receive':
      return act.inspection;
    case 'process':
      return act.resolution;
  }
}

/** One recorded step: when it happened and when the step after it was due. */
export interface RecordedStep {
  step: ReturnStep;
  at: number;
  dueAt: number | null;
}

export interface StepVerdict {
  step: ReturnStep;
  at: number;
  /** The deadline this step had (set by the step before it); null when it had none. */
  dueAt: number | null;
  /** Recorded after its deadline. */
  breached: boolean;
}

/** Every recorded step with the deadline it had and whether it was late. */
export function stepVerdicts(steps: readonly RecordedStep[]): StepVerdict[] {
  const ordered = [...steps].sort((a, b) => returnSteps.indexOf(a.step) - returnSteps.indexOf(b.step));
  return ordered.map((s, i) => {
    const dueAt = i === 0 ? null : (ordered[i - 1]?.dueAt ?? null);
    return { step: s.step, at: s.at, dueAt, breached: dueAt !== null && s.at > dueAt };
  });
}

export interface PendingStep {
  step: ReturnStep;
  dueAt: number | null;
  overdue: boolean;
}

/** The step an open return waits for, when it is due and whether that is past; null once closed. */
export function pendingStep(current: ReturnNow, steps: readonly RecordedStep[], now: number): PendingStep | null {
  if (current.state !== 'open') return null;
  const next = nextReturnStep(current.step);
  if (next === null) return null;
  const last = steps.filter((s) => s.step === current.step).at(-1);
  const dueAt = last?.dueAt ?? null;
  return { step: next, dueAt, overdue: dueAt !== null && now > dueAt };
}
