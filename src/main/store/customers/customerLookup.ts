import type { MaskedCustomer } from '../../../shared/schemas/caseDetail';
import { getCustomer } from './customerReads';
import { statement, type ReadableDB } from '../db';

/** The forms one number may be stored in: as dialled, and without the +86 / 0086 country code. */
function variantsOf(phone: string): string[] {
  const national = phone.replace(/^(\+86|0086)/, '');
  return national === phone ? [phone] : [phone, national];
}

/** Customers reachable on this number (exact match on any of their phones), masked. */
export function findCustomersByPhone(db: ReadableDB, phone: string): MaskedCustomer[] {
  const ids = new Set<string>();
  for (const variant of variantsOf(phone)) {
    for (const row of statement(db, 'SELECT customer_id FROM customer_phones WHERE phone = ? AND removed = 0 LIMIT 20').all(variant) as { customer_id: string }[]) ids.add(row.customer_id);
  }
  return [...ids].map((id) => getCustomer(db, id));
}
