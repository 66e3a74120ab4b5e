import type { Role } from '../../../shared/schemas/domainTerms';

/** The screens the header switches between; team and reports refuse agents themselves; policies are shown to leads (their team's scripts, phrases and gates) and admins. */
export const workspaces = ['cases', 'followUps', 'kb', 'team', 'reports', 'quality', 'policies'] as const;
export type Workspace = (typeof workspaces)[number];

/** Workspaces only some roles see in the header (and reach by shortcut). */
const onlyFor: Partial<Record<Workspace, readonly Role[]>> = { policies: ['lead', 'admin'] };

/** The workspaces a signed-in role (or nobody: null) is offered, in header order. */
export function workspacesFor(role: Role | null): Workspace[] {
  return workspaces.filter((w) => onlyFor[w] === undefined || (role !== null && onlyFor[w].includes(role)));
}

/** Something opened from search, a list or a link: shown in its workspace until closed. */
export interface Opened {
  kind: 'case' | 'customer' | 'article';
  id: string;
}

/** Where an opened thing shows: articles in the knowledge base, cases and customers with the cases. */
export const workspaceOf = (opened: Opened): Workspace => (opened.kind === 'article' ? 'kb' : 'cases');
