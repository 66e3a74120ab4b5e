import type { FollowUpItem } from '../../../shared/schemas/workspace';

/** The agent's callbacks: due today, overdue, upcoming and done; one click starts the call. */
export function FollowUpQueue(_props: { onOpenCase(caseId: string): void; onStartCall(item: FollowUpItem): void }) {
  return <main className="workspace-page" />;
}
