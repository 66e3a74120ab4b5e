import { z } from 'zod';

/**
 * What the sync server pushes to signed-in desktops over `GET /sync/events` (server-sent
 * events): short hints, never data. A desktop answers `changes` by pulling at once (the data
 * itself always comes through `/sync/pull`, scoped as usual); the 30 s poll stays as the fallback.
 *
 * - `changes`: rows of this branch (null: rows shared by every branch) changed on the server.
 * - `alert`: something a lead should see now (a live approval request, a major complaint, …);
 *   sent to leads and admins of the branch only. `topic` says what; `ref` names the row.
 *
 * New kinds are additive: a desktop ignores a kind it does not know.
 */
export const alertTopics = ['approvalRequested', 'approvalDecided', 'majorComplaint', 'incidentReported'] as const;
export type AlertTopic = (typeof alertTopics)[number];

const branchId = z.string().min(1).max(64).nullable();

export const noticeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('changes'), branchId }),
  z.strictObject({ kind: z.literal('alert'), branchId, topic: z.enum(alertTopics), ref: z.string().min(1).max(64) }),
]);
export type Notice = z.infer<typeof noticeSchema>;

/** Who may receive a notice: the branch's own agents (alerts: its leads) and every admin; a shared row's change goes to all. */
export function noticeReaches(notice: Notice, agent: { role: string; branchId: string }): boolean {
  if (agent.role === 'admin') return true;
  if (notice.kind === 'alert' && agent.role !== 'lead') return false;
  return notice.branchId === null || notice.branchId === agent.branchId;
}

/** The SSE event name of the first message on a stream: the server has subscribed it, notices from now on arrive. */
export const NOTICE_READY_EVENT = 'ready';
export const NOTICE_EVENT = 'notice';
