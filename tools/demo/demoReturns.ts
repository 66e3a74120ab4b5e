/** The return or exchange of a returnExchange case: its row and the steps it has reached. */
import { DAY_MS, HOUR_MS, MINUTE_MS } from './demoCalendar';
import type { DemoClock } from './demoSla';
import type { DemoSink } from './demoTables';
import { demoId, weighted, type DemoRng } from './random';

const steps = ['requested', 'reviewed', 'methodConfirmed', 'shipped', 'received', 'processed'] as const;
/** Time from each step to the next: review within a day, shipping within days, processing 1–5 days. */
const gaps: readonly (readonly [number, number])[] = [
  [2 * HOUR_MS, 20 * HOUR_MS],
  [30 * MINUTE_MS, 30 * HOUR_MS],
  [12 * HOUR_MS, 5 * DAY_MS],
  [DAY_MS, 3 * DAY_MS],
  [DAY_MS, 5 * DAY_MS],
];
const REVIEW_WITHIN_MS = 24 * HOUR_MS;
const SHIP_WITHIN_MS = 7 * DAY_MS;
const PROCESSING_WORKING_DAYS = 5;
const methods = ['pickup', 'selfShip', 'storeDropOff'] as const;
const pickReason = weighted([['qualityDefect', 40], ['notAsDescribed', 20], ['noReason7Days', 30], ['other', 10]] as const);

/** When each of the six steps happens (or would), from the request at `requestedAt`. */
export function returnStepTimes(rng: DemoRng, requestedAt: number): number[] {
  const times = [requestedAt];
  for (const [min, max] of gaps) times.push(times[times.length - 1]! + rng.int(min, max));
  return times;
}

/** How many steps happened before `limit` (at least the request). */
export function stepsBefore(times: readonly number[], limit: number): number {
  let n = 0;
  while (n < times.length && times[n]! < limit) n++;
  return Math.max(n, 1);
}

export interface ReturnInput {
  caseId: string;
  times: readonly number[];
  /** Steps reached, 1–6. */
  reached: number;
  purchasedAt: number;
  address: string | null;
  /** The first step's note (what is wrong), or ''. */
  note: string;
}

/**
 * Writes the return and its reached steps, each with the due time of the next one where the policy
 * sets one (review 24 h, shipping 7 days, processing 5 working days). Returns the timeline event
 * for the step it stands at.
 */
export function writeReturn(rng: DemoRng, clock: DemoClock, sink: DemoSink, input: ReturnInput): { at: number; data: string } {
  const { times, reached } = input;
  const returnId = demoId(rng, times[0]!);
  const reason = pickReason(rng);
  const costBearer = reason === 'qualityDefect' || reason === 'notAsDescribed' ? 'merchant' : reason === 'noReason7Days' ? 'customer' : rng.chance(0.5) ? 'special' : 'customer';
  const confirmed = reached >= 3;
  const kind = rng.chance(0.65) ? 'return' : 'exchange';
  let event = { at: times[0]!, data: '' };
  for (let i = 0; i < reached; i++) {
    const at = times[i]!;
    const step = steps[i]!;
    const dueAt = step === 'requested' ? at + REVIEW_WITHIN_MS : step === 'methodConfirmed' ? at + SHIP_WITHIN_MS : step === 'received' ? clock.addWorkingDays(at, PROCESSING_WORKING_DAYS) : null;
    sink.return_steps(demoId(rng, at), returnId, step, at, dueAt, i === 0 ? input.note : '');
    const data = dueAt === null ? `{"returnId":"${returnId}","step":"${step}"}` : `{"returnId":"${returnId}","step":"${step}","nextDueAt":${dueAt}}`;
    event = { at, data };
  }
  const method = confirmed ? rng.pick(methods) : null;
  sink.returns(returnId, input.caseId, kind, reason, input.purchasedAt, costBearer, method, confirmed ? input.address : null, steps[reached - 1]!, times[0]!, times[reached - 1]!);
  return event;
}
