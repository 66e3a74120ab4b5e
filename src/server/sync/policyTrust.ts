import { parsePolicyBody, policyKinds, type PolicyKind } from '../../shared/domain/policies/policyRecords';
import type { SqlValue } from '../storage/serverDb';
import type { RejectWith } from './approvalTrust';

/**
 * The trust rule of a published policy (issue 18) beyond its columns: only an admin may push one
 * (syncTables.ts `writers`), and its body must be a valid policy of its kind, so no desktop ever
 * pulls rules it cannot apply. A kind this server does not know yet is refused.
 */
export function checkPolicyFields(fields: Record<string, SqlValue>, reject: RejectWith): void {
  const kind = fields['kind'];
  if (!(policyKinds as readonly unknown[]).includes(kind)) throw reject('invalidRow', `policies.kind: ${String(kind)} is not a policy this server knows`);
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
