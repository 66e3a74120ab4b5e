/** The screens the header switches between; team and reports refuse agents themselves. */
export const workspaces = ['cases', 'followUps', 'kb', 'team', 'reports', 'quality'] as const;
export type Workspace = (typeof workspaces)[number];

/** Something opened from search, a list or a link: shown in its workspace until closed. */
export interface Opened {
  kind: 'case' | 'customer' | 'article';
  id: string;
}

/** Where an opened thing shows: articles in the knowledge base, cases and customers with the cases. */
export const workspaceOf = (opened: Opened): Workspace => (opened.kind === 'article' ? 'kb' : 'cases');
