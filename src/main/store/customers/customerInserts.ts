import { statement, type WritableDB } from '../db';

export interface NewCustomerRow {
  id: string;
  name: string;
  phone: string;
  salutation: 'mr' | 'ms' | null;
  /** Lower-cased; absent or null: none. */
  email?: string | null;
  tags: readonly string[];
  now: number;
}

/** Inserts a customer, and its phone (if any) among its phones. */
export function insertCustomer(db: WritableDB, customer: NewCustomerRow): void {
  statement(db, 'INSERT INTO customers (id, name, phone, salutation, email, tags, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    customer.id,
    customer.name,
    customer.phone,
    customer.salutation,
    customer.email ?? null,
    JSON.stringify(customer.tags),
    customer.now,
    customer.now,
  );
  if (customer.phone) statement(db, 'INSERT INTO customer_phones (customer_id, phone) VALUES (?, ?)').run(customer.id, customer.phone);
}
