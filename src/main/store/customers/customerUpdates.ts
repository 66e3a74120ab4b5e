import { statement, type WritableDB } from '../db';

/** Sets how the customer is addressed; returns whether the customer exists. */
export function updateCustomerSalutation(db: WritableDB, customerId: string, salutation: string | null, now: number): boolean {
  return statement(db, 'UPDATE customers SET salutation = ?, updated_at = ? WHERE id = ?').run(salutation, now, customerId).changes === 1;
}
