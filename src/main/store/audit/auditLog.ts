import { v7 as uuidv7 } from 'uuid';
import { statement, type WritableDB } from '../db';

export interface AuditEntry {
  at: number;
  actorId: string | null;
  action: 'reveal' | 'export' | 'policyPublished' | 'localAccountCreated' | 'localAccountActivated' | 'localAccountDeactivated' | 'localPasswordReset';
  entity: string;
  entityId: string;
  field?: string;
  reason?: string;
  data?: Record<string, unknown>;
}

/** Writes one audit row; callers do it inside the transaction of the action being audited. */
export function writeAudit(db: WritableDB, entry: AuditEntry): void {
  statement(db, 'INSERT INTO audit_log (id, at, actor_id, action, entity, entity_id, field, reason, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    uuidv7(),
    entry.at,
    entry.actorId,
    entry.action,
    entry.entity,
    entry.entityId,
    entry.field ?? null,
    entry.reason ?? null,
    JSON.stringify(entry.data ?? {}),
  );
}
