import type { Database } from 'better-sqlite3';
import { canReveal } from '../../shared/domain/piiAccess';
import { AppError } from '../../shared/result';
import type { PiiField } from '../../shared/schemas/domainTerms';
import type { WriteContext } from './actor';
import { writeAudit } from './audit';
import { customerRowOrThrow, type CustomerRow } from './customerReads';
import { appendMutation } from './sync/outbox';
import { statement } from './statements';
import { addEvent } from './timeline';

const columnOf: Record<PiiField, keyof CustomerRow> = { phone: 'phone', email: 'email', idCard: 'id_card', address: 'address' };

export interface RevealRequest {
  customerId: string;
  field: PiiField;
  reason: string;
  caseId?: string | undefined;
}

/**
 * Returns one personal-data field unmasked, if the actor's role allows it. The reveal writes an
 * audit row (and a timeline event on the case it was made from) in the same transaction, and is
 * synced so the central audit log sees it too.
 */
export function revealField(db: Database, request: RevealRequest, ctx: WriteContext): string | null {
  if (!canReveal(ctx.actor.role, request.field)) {
    throw new AppError('forbidden', `role ${ctx.actor.role} may not reveal ${request.field}`);
  }
  return db.transaction(() => {
    const customer = customerRowOrThrow(db, request.customerId);
    if (request.caseId) {
      const onCase = statement(db, 'SELECT 1 FROM cases WHERE id = ? AND customer_id = ?').get(request.caseId, request.customerId);
      if (!onCase) throw new AppError('not_found', `case ${request.caseId} is not this customer's`);
    }
    const audit = { field: request.field, reason: request.reason };
    writeAudit(db, { at: ctx.now, actorId: ctx.actor.agentId, action: 'reveal', entity: 'customer', entityId: customer.id, ...audit });
    if (request.caseId) addEvent(db, { caseId: request.caseId, kind: 'fieldRevealed', at: ctx.now, actorId: ctx.actor.agentId, data: audit });
    appendMutation(db, 'audit.reveal', { customerId: customer.id, caseId: request.caseId ?? null, ...audit, at: ctx.now }, ctx.now);
    return customer[columnOf[request.field]] as string | null;
  })();
}
