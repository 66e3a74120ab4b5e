/** The shares of the demo case load: scenarios, channels, priorities, and statuses by age. */
import type { CaseStatus, Channel } from '../../src/shared/schemas/case';
import type { Category, Priority, Scenario } from '../../src/shared/schemas/domainTerms';
import { DAY_MS } from './demoCalendar';
import { branchDefs } from './demoVocabulary';
import { weighted, type DemoRng } from './random';

/** How the confirm stage classifies each scenario (a few cases are classified otherwise). */
export const categoryOf: Record<Scenario, Category> = {
  consultation: 'consultation',
  complaint: 'complaintSuggestion',
  afterSales: 'afterSalesRepair',
  returnExchange: 'returnExchange',
  faultDiagnosis: 'fault',
  order: 'order',
};
export const allCategories: readonly Category[] = Object.values(categoryOf);

export const pickScenario = weighted<Scenario>([
  ['consultation', 32],
  ['afterSales', 17],
  ['faultDiagnosis', 14],
  ['order', 17],
  ['returnExchange', 10],
  ['complaint', 10],
]);

export const pickChannel = weighted<Channel>([
  ['phone', 44],
  ['chat', 32],
  ['email', 15],
  ['walkIn', 9],
]);

export const pickPriority = weighted<Priority>([
  ['low', 10],
  ['normal', 65],
  ['high', 18],
  ['urgent', 7],
]);

/** A branch by its share of the load. */
export const pickBranch = weighted(branchDefs.map((b, i) => [i, b.weight] as const));

/** The status a case has now, by its age: old cases are done, recent ones still being worked. */
const statusByAge: readonly (readonly [maxAgeMs: number, pick: (rng: DemoRng) => CaseStatus])[] = [
  [DAY_MS, weighted<CaseStatus>([['new', 30], ['inProgress', 20], ['waitingCustomer', 8], ['escalated', 7], ['transferred', 4], ['resolved', 27], ['closed', 2], ['reopened', 2]])],
  [7 * DAY_MS, weighted<CaseStatus>([['new', 5], ['inProgress', 13], ['waitingCustomer', 12], ['escalated', 6], ['transferred', 3], ['resolved', 42], ['closed', 14], ['reopened', 5]])],
  [30 * DAY_MS, weighted<CaseStatus>([['new', 2], ['inProgress', 4], ['waitingCustomer', 5], ['escalated', 3], ['transferred', 2], ['resolved', 45], ['closed', 36], ['reopened', 3]])],
  [Infinity, weighted<CaseStatus>([['inProgress', 0.4], ['waitingCustomer', 0.5], ['escalated', 0.3], ['transferred', 0.3], ['reopened', 0.3], ['resolved', 83], ['closed', 15.2]])],
];

export function pickStatus(rng: DemoRng, ageMs: number): CaseStatus {
  for (const [maxAge, pick] of statusByAge) if (ageMs <= maxAge) return pick(rng);
  throw new RangeError(`no status for age ${ageMs}`);
}

/** Where a case meant to be resolved stands when its resolution would still lie in the future. */
export const pickStillOpen = weighted<CaseStatus>([
  ['inProgress', 60],
  ['waitingCustomer', 25],
  ['escalated', 15],
]);

const pickScore = weighted([[5, 55], [4, 25], [3, 10], [2, 6], [1, 4]] as const);
const pickComplaintScore = weighted([[5, 25], [4, 25], [3, 20], [2, 15], [1, 15]] as const);

/** A satisfaction score 1–5: mostly content, complaints less so. */
export function pickSatisfaction(rng: DemoRng, scenario: Scenario): number {
  return (scenario === 'complaint' ? pickComplaintScore : pickScore)(rng);
}
