/**
 * Incidents (突发事件, issue 18): an agent reports something bigger than one customer — a system
 * outage, many similar complaints, a safety issue — and a lead takes it to closure. Pure rules:
 * the kinds, the states, which act moves an incident where and who may do it.
 */
export const incidentKinds = ['outage', 'similarComplaints', 'safety', 'other'] as const;
export type IncidentKind = (typeof incidentKinds)[number];

export const incidentStates = ['open', 'acknowledged', 'resolved', 'closed'] as const;
export type IncidentState = (typeof incidentStates)[number];

/** What a timeline entry records: the moves between states, plus updates and linked cases. */
export const incidentEventKinds = ['opened', 'acknowledged', 'update', 'caseLinked', 'resolved', 'closed'] as const;
export type IncidentEventKind = (typeof incidentEventKinds)[number];

/** The acts that move an incident: each is a lead's (or an admin's). */
export const incidentMoves = ['acknowledge', 'resolve', 'close'] as const;
export type IncidentMove = (typeof incidentMoves)[number];

const moveTargets: Readonly<Record<IncidentMove, { from: readonly IncidentState[]; to: IncidentState; event: IncidentEventKind }>> = {
  acknowledge: { from: ['open'], to: 'acknowledged', event: 'acknowledged' },
  // A lead may resolve straight away (an outage fixed before anyone acknowledged it).
  resolve: { from: ['open', 'acknowledged'], to: 'resolved', event: 'resolved' },
  close: { from: ['resolved'], to: 'closed', event: 'closed' },
};

/** The state a move leads to from `state`, or null when the move does not apply there. */
export function incidentMoveTarget(state: IncidentState, move: IncidentMove): { to: IncidentState; event: IncidentEventKind } | null {
  const target = moveTargets[move];
  return target.from.includes(state) ? { to: target.to, event: target.event } : null;
}

/** The moves open to a lead on an incident in `state`, in the order they usually come. */
export function nextIncidentMoves(state: IncidentState): IncidentMove[] {
  return incidentMoves.filter((move) => incidentMoveTarget(state, move) !== null);
}

/** Updates and case links are welcome until the incident is closed. */
export const incidentTakesUpdates = (state: IncidentState): boolean => state !== 'closed';

/** Timeline entries only a lead (or admin) records: the moves. */
export const leadOnlyIncidentEvents: readonly IncidentEventKind[] = ['acknowledged', 'resolved', 'closed'];

export const mayMoveIncident = (role: string): boolean => role === 'lead' || role === 'admin';

/** The state an incident reaches when its timeline is replayed in order (the last move wins; updates and links move nothing). */
export function stateOfTimeline(events: readonly { kind: IncidentEventKind }[]): IncidentState {
  let state: IncidentState = 'open';
  for (const event of events) {
    if (event.kind === 'acknowledged' && state === 'open') state = 'acknowledged';
    else if (event.kind === 'resolved' && (state === 'open' || state === 'acknowledged')) state = 'resolved';
    else if (event.kind === 'closed' && state === 'resolved') state = 'closed';
  }
  return state;
}

/** Description limits: short enough to type in seconds, long enough to say what is wrong. */
export const INCIDENT_SUMMARY_MIN = 4;
export const INCIDENT_SUMMARY_MAX = 500;
export const INCIDENT_NOTE_MAX = 2_000;
