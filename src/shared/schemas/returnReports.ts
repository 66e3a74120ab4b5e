import type { ReturnsTally } from '../domain/returnOversight';
import type { ReturnStep } from './domainTerms';

/** Returns as the lead sees them: in the team view (open ones, overdue by step) and the shift report. */

/** An open return of the team, with the step it waits for and how late that is. */
export interface TeamReturn {
  /** The return's id (what `advanceReturn` records a step on). */
  id: string;
  caseId: string;
  number: string;
  subject: string;
  customerName: string;
  kind: 'return' | 'exchange';
  /** The last step recorded. */
  step: ReturnStep;
  state: 'open';
  /** The step it waits for, when that is due and how late it is at the view's time. */
  waitingFor: ReturnStep;
  dueAt: number | null;
  overdue: boolean;
  lateMs: number;
  requestedAt: number;
  assigneeName: string | null;
}

/** An open return past the due time of the step it waits for, listed in the shift report. */
export interface OverdueReturnRow {
  caseId: string;
  number: string;
  customerName: string;
  customerPhone: string;
  kind: 'return' | 'exchange';
  waitingFor: ReturnStep;
  dueAt: number;
  lateSeconds: number;
  assigneeName: string | null;
}

/** The shift report's returns: open and overdue at its moment, by step, and what was completed in the period. */
export interface ReturnsReport extends ReturnsTally {
  overdueList: OverdueReturnRow[];
}
