import type { Database } from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { deviceCode, formatCaseNumber, localDay } from '../../shared/domain/caseNumber';
import type { NewCaseInput } from '../../shared/schemas/case';
import { appendMutation, clientIdOf } from './outbox';

export interface WriteContext {
  now: number;
  branchCode: string;
  utcOffsetMinutes: number;
}

type ParsedNewCase = Required<NewCaseInput>;

/** Creates a case (and its customer if new) with its `created` event and outbox mutation, in one transaction. */
export function createCase(db: Database, input: ParsedNewCase, ctx: WriteContext): string {
  return db.transaction(() => {
    const customerId = findOrCreateCustomer(db, input.customerName, input.customerPhone, ctx.now);
    const day = localDay(ctx.now, ctx.utcOffsetMinutes);
    const { last: seq } = db
      .prepare('INSERT INTO case_number_seq (day, last) VALUES (?, 1) ON CONFLICT(day) DO UPDATE SET last = last + 1 RETURNING last')
      .get(day) as { last: number };
    const id = uuidv7();
    const number = formatCaseNumber({ branch: ctx.branchCode, day, device: deviceCode(clientIdOf(db)), seq });
    db.prepare(
      `INSERT INTO cases (id, number, customer_id, channel, status, subject, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'new', ?, ?, ?)`,
    ).run(id, number, customerId, input.channel, input.subject, ctx.now, ctx.now);
    db.prepare('INSERT INTO timeline_events (id, case_id, kind, at, data) VALUES (?, ?, ?, ?, ?)').run(uuidv7(), id, 'created', ctx.now, '{}');
    appendMutation(db, 'case.create', { id, number, customerId, ...input }, ctx.now);
    return id;
  })();
}

function findOrCreateCustomer(db: Database, name: string, phone: string, now: number): string {
  const existing = db.prepare('SELECT id FROM customers WHERE phone = ? AND name = ?').get(phone, name) as { id: string } | undefined;
  if (existing) return existing.id;
  const id = uuidv7();
  db.prepare('INSERT INTO customers (id, name, phone, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(id, name, phone, now, now);
  db.prepare('INSERT INTO customer_phones (customer_id, phone) VALUES (?, ?)').run(id, phone);
  appendMutation(db, 'customer.create', { id, name, phone }, now);
  return id;
}
