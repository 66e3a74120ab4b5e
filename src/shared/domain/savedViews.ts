import type { ListCasesQuery } from '../schemas/case';

export const savedViews = ['myOpen', 'breachingSoon', 'waitingCustomer'] as const;
export type SavedView = (typeof savedViews)[number];

/** The case list query behind each saved view, for the agent using the desktop (null: nobody signed in). */
export function savedViewQuery(view: SavedView, agentId: string | null): Omit<ListCasesQuery, 'limit'> {
  switch (view) {
    case 'myOpen':
      return { assigneeId: agentId, statuses: ['new', 'inProgress', 'waitingCustomer', 'escalated', 'transferred', 'reopened'], sort: 'updatedAt' };
    case 'breachingSoon':
      return { slaStates: ['breached', 'dueSoon'], sort: 'resolutionDue' };
    case 'waitingCustomer':
      return { statuses: ['waitingCustomer'], sort: 'updatedAt', direction: 'asc' };
  }
}
