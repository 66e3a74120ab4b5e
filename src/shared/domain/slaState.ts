import type { CaseSummary, SlaState } from '../schemas/case';
import { isOpenStatus } from './caseStatus';

/** Due within this long counts as "due soon": the case list's badge and the store's SLA filter alike. */
export const DUE_SOON_MS = 2 * 3_600_000;

/** The SLA state an open case shows by its resolution due time; null for closed cases or no due time. */
export function slaStateOf(row: Pick<CaseSummary, 'status' | 'resolutionDueAt'>, now: number): SlaState | null {
  if (!isOpenStatus(row.status) || row.resolutionDueAt === null) return null;
  if (row.resolutionDueAt < now) return 'breached';
  return row.resolutionDueAt < now + DUE_SOON_MS ? 'dueSoon' : 'onTrack';
}
