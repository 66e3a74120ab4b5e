import { v7 as uuidv7 } from 'uuid';
import { nextPolicyVersion } from '../../shared/domain/policies/policyInForce';
import { dispositionHistoryIssues, type DispositionsPolicy } from '../../shared/domain/policies/dispositionsPolicy';
import type { PolicyRecord } from '../../shared/domain/policies/policyRecords';
import { isTeamScopedKind } from '../../shared/domain/policies/teamScopedKinds';
import { AppError } from '../../shared/result';
import type { ParsedPublishPolicy } from '../../shared/schemas/policies';
import type { WriteContext } from '../store/actor';
import { writeAudit } from '../store/audit/auditLog';
import type { WritableDB } from '../store/db';
import { organisationRowExists } from '../store/organisation/organisationReads';
import { insertPolicyRow, policyRecords } from '../store/policies/policyRows';
import { appendMutation } from '../store/sync/outbox';
import { policyTeamOf } from './rulesInForce';

/** A few seconds' grace for "effective now" chosen on a screen a moment ago. */
const NOW_GRACE_MS = 60_000;

/**
 * Publishes a new version of a policy: admins any kind, for every team or one team (of a
 * team-scoped kind, teamScopedKinds.ts); leads a team-scoped kind for their own team only (on a
 * standalone desktop, its local accounts). It applies to clocks started from `effectiveFrom` on,
 * which may not lie in the past — a published policy never rewrites a due time already running.
 * One transaction: the policy row, its audit entry and the outbox mutation (the server checks the
 * role and the team again).
 */
export function publishPolicy(db: WritableDB, input: ParsedPublishPolicy, ctx: WriteContext): PolicyRecord {
  if (ctx.actor.agentId === null) throw new AppError('not_signed_in', 'sign in as an administrator to change a policy');
  const { role } = ctx.actor;
  const teamScoped = isTeamScopedKind(input.kind);
  if (role !== 'admin' && !(role === 'lead' && teamScoped)) throw new AppError('forbidden', `role ${role} may not change ${input.kind}`, [{ path: 'kind', key: 'adminOnly' }]);
  if (input.teamId !== null && !teamScoped) throw new AppError('validation', `${input.kind} applies to every team`, [{ path: 'teamId', key: 'notTeamScoped' }]);
  if (role === 'lead') {
    const own = policyTeamOf(db, ctx.actor);
    if (own === null || input.teamId !== own) throw new AppError('forbidden', 'a lead publishes for their own team only', [{ path: 'teamId', key: 'ownTeamOnly' }]);
  } else if (input.teamId !== null && !organisationRowExists(db, 'teams', input.teamId)) {
    throw new AppError('validation', `no team ${input.teamId}`, [{ path: 'teamId', key: 'invalidChoice' }]);
  }
  if (input.effectiveFrom < ctx.now - NOW_GRACE_MS) throw new AppError('validation', 'a policy cannot take effect in the past', [{ path: 'effectiveFrom', key: 'effectiveInPast' }]);
  if (input.kind === 'dispositions') assertPublishedCodesKept(db, input.body);
  return db.transaction(() => {
    const record = {
      id: uuidv7(),
      kind: input.kind,
      version: nextPolicyVersion(policyRecords(db), input.kind),
      effectiveFrom: Math.max(input.effectiveFrom, ctx.now),
      body: input.body,
      teamId: input.teamId,
      authorId: ctx.actor.agentId,
      createdAt: ctx.now,
      note: input.note,
    } as PolicyRecord;
    insertPolicyRow(db, record);
    writeAudit(db, {
      at: ctx.now,
      actorId: ctx.actor.agentId,
      action: 'policyPublished',
      entity: 'policy',
      entityId: record.id,
      field: record.kind,
      ...(record.note ? { reason: record.note } : {}),
      data: { kind: record.kind, version: record.version, effectiveFrom: record.effectiveFrom, teamId: record.teamId },
    });
    appendMutation(db, 'policy.publish', { id: record.id, kind: record.kind, version: record.version, teamId: record.teamId }, ctx.now);
    return record;
  })();
}

/** A code once published stays in every later version of the list (retired, if no longer used) and keeps its base. */
function assertPublishedCodesKept(db: WritableDB, body: DispositionsPolicy): void {
  const earlier = policyRecords(db).flatMap((r) => (r.kind === 'dispositions' ? [(r as PolicyRecord<'dispositions'>).body] : []));
  const issues = dispositionHistoryIssues(earlier, body);
  if (issues.length > 0) throw new AppError('validation', 'a published disposition code can be retired, not removed or given another meaning', issues.map((i) => ({ path: `body.${i.path}`, key: i.key })));
}
