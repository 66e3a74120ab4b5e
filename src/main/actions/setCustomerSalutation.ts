import { AppError } from '../../shared/result';
import type { Salutation } from '../../shared/schemas/callDraft';
import type { WriteContext } from '../store/actor';
import { customerRowOrThrow } from '../store/customers/customerReads';
import { updateCustomerSalutation } from '../store/customers/customerUpdates';
import type { WritableDB } from '../store/db';
import { stampFields } from '../store/sync/fieldClocks';
import { appendMutation } from '../store/sync/outbox';

/** Changes how a customer is addressed (先生 / 女士 / none), with its outbox mutation, in one transaction. */
export function setCustomerSalutation(db: WritableDB, customerId: string, salutation: Salutation | null, ctx: WriteContext): void {
  db.transaction(() => {
    const current = customerRowOrThrow(db, customerId);
    if (current.salutation === salutation) return;
    if (!updateCustomerSalutation(db, customerId, salutation, ctx.now)) throw new AppError('not_found', `no customer with id ${customerId}`);
    const { hlc } = appendMutation(db, 'customer.setSalutation', { customerId, from: current.salutation, to: salutation }, ctx.now);
    stampFields(db, 'customer', customerId, ['salutation'], hlc);
  })();
}
