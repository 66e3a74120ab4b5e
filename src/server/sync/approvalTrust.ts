import type { AuthedAgent } from '../auth/authedAgent';
import type { SqlValue } from '../storage/serverDb';
import type { RecordCache } from './recordCache';

export type RejectWith = (reason: 'forbiddenRole' | 'invalidRow', detail: string) => Error;

/**
 * The trust rule of a live approval (issue 17): anyone of the branch may ask, only a lead or an
 * admin may decide. A decision pushed by an agent's desktop is accepted when the lead who signed
 * it (`decided_by`) signed in through that device — the over-the-shoulder case; the decision
 * cannot be taken back to pending, and a new request cannot arrive already decided by an agent.
 */
export async function checkApprovalFields(
  cache: RecordCache,
  agent: AuthedAgent,
  fields: Record<string, SqlValue>,
  before: Record<string, SqlValue> | undefined,
  deviceAgents: ReadonlySet<string>,
  reject: RejectWith,
): Promise<void> {
  const state = (Object.hasOwn(fields, 'state') ? fields['state'] : before?.['state']) ?? 'pending';
  const decidedBy = Object.hasOwn(fields, 'decided_by') ? fields['decided_by'] : before?.['decided_by'];
  const decisionChanged = ['state', 'decided_by', 'decided_at', 'decided_via', 'reason'].some((c) => Object.hasOwn(fields, c) && (before === undefined || fields[c] !== before[c]));
  if (before && before['state'] !== 'pending' && state === 'pending') throw reject('invalidRow', 'a decided approval cannot become pending again');
  if (state === 'pending') {
    if (decidedBy !== null && decidedBy !== undefined) throw reject('invalidRow', 'a pending approval has no decider');
    return;
  }
  if (!decisionChanged) return;
  if (typeof decidedBy !== 'string') throw reject('invalidRow', 'a decided approval names the lead who decided');
  if (decidedBy === agent.id) {
    if (agent.role === 'agent') throw reject('forbiddenRole', 'only a lead may decide an approval');
    return;
  }
  const role = deviceAgents.has(decidedBy) ? (await cache.get('agents', decidedBy))?.data['role'] : undefined;
  if (role !== 'lead' && role !== 'admin') throw reject('forbiddenRole', 'the approval must be decided by the signed-in lead, or a lead who signed in on this device');
}
