import { v7 as uuidv7 } from 'uuid';
import { customerIdByNameAndEmail, customerIdByNameAndPhone } from '../store/customers/customerReads';
import { insertCustomer } from '../store/customers/customerInserts';
import type { WritableDB } from '../store/db';
import { appendMutation } from '../store/sync/outbox';
import { indexCustomer } from '../store/search/searchIndex';

export interface NewCustomer {
  name: string;
  phone: string;
  salutation?: 'mr' | 'ms' | null;
  /** Lower-cased; a customer without a phone is found by name and email. */
  email?: string | null;
  tags?: string[];
}

/** The customer with this name and phone, made (with its outbox mutation and search entry) if new; call inside a transaction. */
export function findOrCreateCustomer(db: WritableDB, customer: NewCustomer, now: number): string {
  const { name, phone } = customer;
  const email = customer.email || null;
  const existing = !phone && email ? customerIdByNameAndEmail(db, name, email) : customerIdByNameAndPhone(db, name, phone);
  if (existing) return existing;
  const id = uuidv7();
  const salutation = customer.salutation ?? null;
  insertCustomer(db, { id, name, phone, salutation, email, tags: customer.tags ?? [], now });
  appendMutation(db, 'customer.create', { id, name, phone, salutation, email, tags: customer.tags ?? [] }, now);
  indexCustomer(db, id);
  return id;
}
