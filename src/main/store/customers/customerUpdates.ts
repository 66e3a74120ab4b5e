import { statement, type WritableDB } from '../db';

/** Sets how the customer is addressed; returns whether the customer exists. */
export function updateCustomerSalutation(db: WritableDB, customerId: string, salutation: string | null, now: number): boolean {
  return statement(db, 'UPDATE customers SET salutation = ?, updated_at = ? WHERE id = ?').run(salutation, now, customerId).changes === 1;
}

/** Sets one contact field (lower-cased email, postal address, or the main phone, '' for none). */
export function updateCustomerContact(db: WritableDB, customerId: string, field: 'email' | 'address' | 'phone', value: string | null, now: number): boolean {
  const column = { email: 'email', address: 'address', phone: 'phone' }[field];
  return statement(db, `UPDATE customers SET ${column} = ?, updated_at = ? WHERE id = ?`).run(value, now, customerId).changes === 1;
}
