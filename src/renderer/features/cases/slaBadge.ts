import { createContext } from 'react';
import { isOpenStatus } from '../../../shared/domain/caseStatus';
import type { CaseSummary, SlaState } from '../../../shared/schemas/case';

/** Due within this long counts as "due soon" — the same two hours the store's SLA filter uses. */
export const DUE_SOON_MS = 2 * 3_600_000;

/** The SLA state an open case shows by its resolution due time; null for closed cases or no due time. */
export function slaStateOf(row: Pick<CaseSummary, 'status' | 'resolutionDueAt'>, now: number): SlaState | null {
  if (!isOpenStatus(row.status) || row.resolutionDueAt === null) return null;
  if (row.resolutionDueAt < now) return 'breached';
  return row.resolutionDueAt < now + DUE_SOON_MS ? 'dueSoon' : 'onTrack';
}

/** The clock SLA badges are read against (the store's, so tests can fix it). */
export const SlaClock = createContext<() => number>(Date.now);
