import type { AuthedAgent } from '../auth/authedAgent';
import { parsePolicyBody, policyKinds, type PolicyKind } from '../../shared/domain/policies/policyRecords';
import { isTeamScopedKind } from '../../shared/domain/policies/teamScopedKinds';
import type { SqlValue } from '../storage/serverDb';
import type { RejectWith } from './approvalTrust';

/**
 * The trust rules of a published policy (issue 18) beyond its columns. Leads and admins may push
 * one (syncTables.ts `writers`), then:
 *
 * - a version for one team (`team_id`) only of a team-scoped kind (teamScopedKinds.ts) — SLA
 *   targets, the calendar and authority limits are always global;
 * - a lead only for their own team: never a global version, nor another team's, nor a kind that
 *   is not team-scoped; an admin for every team or any one (the team must exist: references.ts);
 * - its body a valid policy of its kind, so no desktop ever pulls rules it cannot apply; a kind
 *   this server does not know yet is refused.
 */
export function checkPolicyFields(agent: AuthedAgent, fields: Record<string, SqlValue>, reject: RejectWith): void {
  const kind = fields['kind'];
  if (!(policyKinds as readonly unknown[]).includes(kind)) throw reject('invalidRow', `policies.kind: ${String(kind)} is not a policy this server knows`);
  const teamId = fields['team_id'] ?? null;
  const teamScoped = isTeamScopedKind(kind as PolicyKind);
  if (teamId !== null && !teamScoped) throw reject('invalidRow', `policies.team_id: ${String(kind)} applies to every team and cannot be set for one`);
  if (agent.role === 'lead') {
    if (!teamScoped) throw reject('forbiddenRole', `lead cannot publish ${String(kind)}: only an admin may`);
    if (teamId === null) throw reject('forbiddenRole', 'lead cannot publish a policy for every team: only for their own team');
    if (teamId !== agent.teamId) throw reject('forbiddenRole', 'lead may publish a policy for their own team only');
  } else if (agent.role !== 'admin') {
    throw reject('forbiddenRole', `${agent.role} cannot write policies`);
  }
  let body: unknown;
  try {
    body = JSON.parse(String(fields['body']));
  } catch {
    throw reject('invalidRow', 'policies.body: not JSON');
  }
  const parsed = parsePolicyBody(kind as PolicyKind, body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw reject('invalidRow', `policies.body.${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
}
