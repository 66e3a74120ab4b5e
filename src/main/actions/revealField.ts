import { canReveal } from '../../shared/domain/piiAccess';
import { AppError } from '../../shared/result';
import type { PiiField } from '../../shared/schemas/domainTerms';
import type { WriteContext } from '../store/actor';
import { writeAudit } from '../store/audit/auditLog';
import { isCustomersCase } from '../store/cases/caseReads';
import { addEvent } from '../store/cases/timeline';
import { phoneOfRef } from '../store/customers/customerContacts';
import { customerRowOrThrow, type CustomerRow } from '../store/customers/customerReads';
import type { WritableDB } from '../store/db';
import { appendMutation } from '../store/sync/outbox';

const columnOf: Record<PiiField, keyof CustomerRow> = { phone: 'phone', email: 'email', idCard: 'id_card', address: 'address' };

export interface RevealRequest {
  customerId: string;
  field: PiiField;
  reason: string;
  caseId?: string | undefined;
  /** One of the customer's other phones, by its reference (customerContacts.ts); absent: the main phone. */
  phoneRef?: string | undefined;
}

/**
 * Returns one personal-data field unmasked, if the actor's role allows it. The reveal writes an
 * audit row (and a timeline event on the case it was made from) in the same transaction, and is
 * synced so the central audit log sees it too.
 */
export function revealField(db: WritableDB, request: RevealRequest, ctx: WriteContext): string | null {
  if (!canReveal(ctx.actor.role, request.field)) {
    throw new AppError('forbidden', `role ${ctx.actor.role} may not reveal ${request.field}`);
  }
  return db.transaction(() => {
    const customer = customerRowOrThrow(db, request.customerId);
    if (request.phoneRef && (request.field !== 'phone' || phoneOfRef(db, customer.id, request.phoneRef) === undefined)) {
      throw new AppError('not_found', `customer ${customer.id} has no such phone`);
    }
    if (request.caseId) {
      if (!isCustomersCase(db, request.caseId, request.customerId)) throw new AppError('not_found', `case ${request.caseId} is not this customer's`);
    }
    const audit = { field: request.field, reason: request.reason };
    writeAudit(db, { at: ctx.now, actorId: ctx.actor.agentId, action: 'reveal', entity: 'customer', entityId: customer.id, ...audit });
    if (request.caseId) addEvent(db, { caseId: request.caseId, kind: 'fieldRevealed', at: ctx.now, actorId: ctx.actor.agentId, data: audit });
    appendMutation(db, 'audit.reveal', { customerId: customer.id, caseId: request.caseId ?? null, ...audit, at: ctx.now }, ctx.now);
    if (request.field === 'phone' && request.phoneRef) return phoneOfRef(db, customer.id, request.phoneRef) ?? null;
    return customer[columnOf[request.field]] as string | null;
  })();
}
