import type { CaseStatus } from '../schemas/case';

/**
 * The case state machine. A case is worked (inProgress), may wait for the customer, be
 * escalated or transferred, is resolved, then closed; a resolved or closed case can be reopened.
 */
const moves: Record<CaseStatus, readonly CaseStatus[]> = {
  new: ['inProgress', 'waitingCustomer', 'escalated', 'transferred', 'resolved', 'closed'],
  inProgress: ['waitingCustomer', 'escalated', 'transferred', 'resolved'],
  waitingCustomer: ['inProgress', 'escalated', 'resolved', 'closed'],
  escalated: ['inProgress', 'transferred', 'resolved'],
  transferred: ['inProgress', 'escalated', 'resolved'],
  resolved: ['closed', 'reopened'],
  closed: ['reopened'],
  reopened: ['inProgress', 'waitingCustomer', 'escalated', 'transferred', 'resolved'],
};

export function canMoveCase(from: CaseStatus, to: CaseStatus): boolean {
  return moves[from].includes(to);
}

export function nextStatuses(from: CaseStatus): readonly CaseStatus[] {
  return moves[from];
}

/** Open cases count against SLA clocks; resolved and closed ones do not. */
export function isOpenStatus(status: CaseStatus): boolean {
  return status !== 'resolved' && status !== 'closed';
}
