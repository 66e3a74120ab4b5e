import { returnSteps, type ReturnStep } from '../schemas/domainTerms';
import { pendingStep, type RecordedStep, type ReturnState } from './returnFlow';

/**
 * Returns as a lead oversees them (team view, shift report): where each return stood at a given
 * moment, which step it waited for, how late that step was, and per step how many were waiting,
 * overdue, recorded and recorded late. Pure: the store reads the rows, this judges them.
 */

/** The steps that have a deadline of their own (returns.ts `returnStepDueAt`): review 24 h, shipping 7 days, processing 5 working days. */
export const timedReturnSteps = ['reviewed', 'shipped', 'processed'] as const satisfies readonly ReturnStep[];
export type TimedReturnStep = (typeof timedReturnSteps)[number];

export interface ReturnHistory {
  /** The return's state now (refused returns stop at the review). */
  state: ReturnState;
  /** Every recorded step, any order. */
  steps: readonly RecordedStep[];
}

export interface ReturnStanding {
  step: ReturnStep;
  state: ReturnState;
}

const ordered = (steps: readonly RecordedStep[]) => [...steps].sort((a, b) => a.at - b.at || returnSteps.indexOf(a.step) - returnSteps.indexOf(b.step));

/**
 * Where a return stood at `asOf`: its last step recorded by then and its state then; null when
 * it had not been requested yet. A processed return is done; a return whose review was a refusal
 * (its state now is `refused`) is refused from its review on.
 */
export function returnStandingAt(history: ReturnHistory, asOf: number): ReturnStanding | null {
  const last = ordered(history.steps.filter((s) => s.at <= asOf)).at(-1);
  if (!last) return null;
  if (last.step === 'processed') return { step: last.step, state: 'done' };
  if (last.step === 'reviewed' && history.state === 'refused') return { step: last.step, state: 'refused' };
  return { step: last.step, state: 'open' };
}

export interface ReturnWait {
  /** The step the return waits for. */
  step: ReturnStep;
  /** When it is due; null when that step has no deadline of its own (confirmation, receipt). */
  dueAt: number | null;
  overdue: boolean;
  /** How late at `asOf` (0 when not overdue). */
  lateMs: number;
}

/** The step an open return waited for at `asOf`, when it was due and how late it was; null when not open then. */
export function returnWaitAt(history: ReturnHistory, asOf: number): ReturnWait | null {
  const standing = returnStandingAt(history, asOf);
  if (!standing || standing.state !== 'open') return null;
  const pending = pendingStep(standing, history.steps.filter((s) => s.at <= asOf), asOf);
  if (!pending) return null;
  return { ...pending, lateMs: pending.overdue && pending.dueAt !== null ? asOf - pending.dueAt : 0 };
}

export interface ReturnStepTally {
  step: TimedReturnStep;
  /** Open returns waiting for this step at the report's moment. */
  waiting: number;
  /** …of which past its due time. */
  overdue: number;
  /** Steps recorded in the period. */
  recorded: number;
  /** …of which recorded after their deadline (breached). */
  late: number;
}

export interface ReturnsTally {
  open: number;
  overdue: number;
  /** Processed (refund or exchange done) in the period. */
  completed: number;
  /** Refused at review in the period. */
  refused: number;
  byStep: ReturnStepTally[];
}

/**
 * Counts returns for a report: open and overdue at `asOf` (by the step they wait for), and the
 * steps recorded in the period (`inPeriod` says whether a moment counts: the range and the shift's
 * hours), with the late ones.
 */
export function tallyReturns(histories: readonly ReturnHistory[], asOf: number, inPeriod: (at: number) => boolean): ReturnsTally {
  const byStep = new Map<TimedReturnStep, ReturnStepTally>(timedReturnSteps.map((step) => [step, { step, waiting: 0, overdue: 0, recorded: 0, late: 0 }]));
  const tally: ReturnsTally = { open: 0, overdue: 0, completed: 0, refused: 0, byStep: [] };
  for (const history of histories) {
    const standing = returnStandingAt(history, asOf);
    if (standing?.state === 'open') {
      tally.open++;
      const wait = returnWaitAt(history, asOf);
      const row = wait ? byStep.get(wait.step as TimedReturnStep) : undefined;
      if (row) row.waiting++;
      if (wait?.overdue) {
        tally.overdue++;
        if (row) row.overdue++;
      }
    }
    const steps = ordered(history.steps);
    steps.forEach((s, i) => {
      if (s.at > asOf || !inPeriod(s.at)) return;
      if (s.step === 'processed') tally.completed++;
      if (s.step === 'reviewed' && history.state === 'refused') tally.refused++;
      const row = byStep.get(s.step as TimedReturnStep);
      if (!row) return;
      row.recorded++;
      const deadline = i > 0 ? (steps[i - 1]?.dueAt ?? null) : null;
      if (deadline !== null && s.at > deadline) row.late++;
    });
  }
  tally.byStep = [...byStep.values()];
  return tally;
}
