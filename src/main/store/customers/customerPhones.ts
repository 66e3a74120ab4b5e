import { statement, type ReadableDB, type WritableDB } from '../db';

export interface PhoneRow {
  phone: string;
  label: string;
}

/** The customer's phones still on their list (removed ones are kept for sync, marked). */
export function phonesOf(db: ReadableDB, customerId: string): PhoneRow[] {
  return statement(db, 'SELECT phone, label FROM customer_phones WHERE customer_id = ? AND removed = 0 ORDER BY phone').all(customerId) as PhoneRow[];
}

/** Puts a phone on the customer's list: a new row, or a removed one brought back with its new label. */
export function putCustomerPhone(db: WritableDB, customerId: string, phone: string, label: string): void {
  statement(
    db,
    `INSERT INTO customer_phones (customer_id, phone, label, removed) VALUES (?, ?, ?, 0)
     ON CONFLICT (customer_id, phone) DO UPDATE SET label = excluded.label, removed = 0`,
  ).run(customerId, phone, label);
}

export function markCustomerPhoneRemoved(db: WritableDB, customerId: string, phone: string): void {
  statement(db, 'UPDATE customer_phones SET removed = 1 WHERE customer_id = ? AND phone = ?').run(customerId, phone);
}
