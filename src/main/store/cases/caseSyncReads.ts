import { statement, type ReadableDB } from '../db';

/** The ids of a customer's cases: their search documents carry the customer's name and phone. */
export function caseIdsOfCustomer(db: ReadableDB, customerId: string): string[] {
  return (statement(db, 'SELECT id FROM cases WHERE customer_id = ?').all(customerId) as { id: string }[]).map((row) => row.id);
}
