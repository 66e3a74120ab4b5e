import type { Database } from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { deviceCode, formatCaseNumber, localDay } from '../../shared/domain/caseNumber';
import { defaultCalendar } from '../../shared/domain/businessCalendar';
import { canMoveCase } from '../../shared/domain/caseStatus';
import { defaultSlaTargets, dueTimes } from '../../shared/domain/sla';
import { AppError } from '../../shared/result';
import type { CaseStatus, ParsedNewCase } from '../../shared/schemas/case';
import type { caseFieldChanges, ChangeStatusInput } from '../../shared/schemas/caseActions';
import type { WriteContext } from './actor';
import { stampFields } from './sync/fieldClocks';
import { appendMutation, clientIdOf } from './sync/outbox';
import { statement } from './statements';
import { indexCase, indexCustomer } from './search/searchIndex';
import { addEvent } from './timeline';

export interface CreateContext extends WriteContext {
  branchCode: string;
  utcOffsetMinutes: number;
}

interface AgentRow {
  id: string;
  team_id: string | null;
  branch_id: string;
}

function agentOrThrow(db: Database, agentId: string): AgentRow {
  const agent = statement(db, 'SELECT id, team_id, branch_id FROM agents WHERE id = ?').get(agentId) as AgentRow | undefined;
  if (!agent) throw new AppError('not_found', `no agent with id ${agentId}`, [{ path: 'assigneeId', key: 'invalid' }]);
  return agent;
}

/** Creates a case (and its customer if new) with its `created` event and outbox mutation, in one transaction. */
export function createCase(db: Database, input: ParsedNewCase, ctx: CreateContext): string {
  return db.transaction(() => {
    const customerId = findOrCreateCustomer(db, { name: input.customerName, phone: input.customerPhone }, ctx.now);
    return insertCase(db, customerId, input, ctx);
  })();
}

export type CaseFields = Omit<ParsedNewCase, 'customerName' | 'customerPhone'>;

/** The case row, its number, `created` event, search entry and outbox mutation; call inside a transaction. */
export function insertCase(db: Database, customerId: string, input: CaseFields, ctx: CreateContext): string {
  const assigneeId = input.assigneeId ?? ctx.actor.agentId;
  const assignee = assigneeId ? agentOrThrow(db, assigneeId) : null;
  const day = localDay(ctx.now, ctx.utcOffsetMinutes);
  const { last: seq } = statement(db, 'INSERT INTO case_number_seq (day, last) VALUES (?, 1) ON CONFLICT(day) DO UPDATE SET last = last + 1 RETURNING last').get(day) as {
    last: number;
  };
  const id = uuidv7();
  const number = formatCaseNumber({ branch: ctx.branchCode, day, device: deviceCode(clientIdOf(db)), seq });
  const fields = {
    scenario: input.scenario ?? 'consultation',
    category: input.category ?? null,
    priority: input.priority ?? 'normal',
    severity: input.severity ?? null,
    description: input.description ?? '',
    product: input.product || null,
    orderNo: input.orderNo || null,
  };
  const due = dueTimes({ channel: input.channel, priority: fields.priority, scenario: fields.scenario, severity: fields.severity, createdAt: ctx.now }, defaultSlaTargets, defaultCalendar);
  statement(
    db,
    `INSERT INTO cases (id, number, customer_id, channel, status, subject, created_at, updated_at, scenario, category, priority, severity,
       description, product, order_no, assignee_id, team_id, branch_id, response_due_at, resolution_due_at)
     VALUES (?, ?, ?, ?, 'new', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    number,
    customerId,
    input.channel,
    input.subject,
    ctx.now,
    ctx.now,
    fields.scenario,
    fields.category,
    fields.priority,
    fields.severity,
    fields.description,
    fields.product,
    fields.orderNo,
    assignee?.id ?? null,
    assignee?.team_id ?? null,
    assignee?.branch_id ?? null,
    due.responseDueAt,
    due.resolutionDueAt,
  );
  addEvent(db, { caseId: id, kind: 'created', at: ctx.now, actorId: ctx.actor.agentId });
  indexCase(db, id);
  appendMutation(
    db,
    'case.create',
    { id, number, customerId, channel: input.channel, subject: input.subject, assigneeId: assignee?.id ?? null, ...fields, responseDueAt: due.responseDueAt, resolutionDueAt: due.resolutionDueAt },
    ctx.now,
  );
  return id;
}

export interface NewCustomer {
  name: string;
  phone: string;
  salutation?: 'mr' | 'ms' | null;
  tags?: string[];
}

/** The customer with this name and phone, made (with its outbox mutation and search entry) if new. */
export function findOrCreateCustomer(db: Database, customer: NewCustomer, now: number): string {
  const { name, phone } = customer;
  const existing = statement(db, 'SELECT id FROM customers WHERE phone = ? AND name = ?').get(phone, name) as { id: string } | undefined;
  if (existing) return existing.id;
  const id = uuidv7();
  const salutation = customer.salutation ?? null;
  const tags = JSON.stringify(customer.tags ?? []);
  statement(db, 'INSERT INTO customers (id, name, phone, salutation, tags, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(id, name, phone, salutation, tags, now, now);
  if (phone) statement(db, 'INSERT INTO customer_phones (customer_id, phone) VALUES (?, ?)').run(id, phone);
  appendMutation(db, 'customer.create', { id, name, phone, salutation, tags: customer.tags ?? [] }, now);
  indexCustomer(db, id);
  return id;
}

type FieldChanges = z.output<typeof caseFieldChanges>;

/** Contract field name → column. Only these can be changed by updateCase. */
const columnOf: Record<keyof FieldChanges, string> = {
  subject: 'subject',
  description: 'description',
  priority: 'priority',
  category: 'category',
  severity: 'severity',
  product: 'product',
  orderNo: 'order_no',
  assigneeId: 'assignee_id',
};

interface CaseState {
  status: CaseStatus;
  [column: string]: unknown;
}

function caseOrThrow(db: Database, caseId: string): CaseState {
  const row = statement(db, 'SELECT * FROM cases WHERE id = ?').get(caseId) as CaseState | undefined;
  if (!row) throw new AppError('not_found', `no case with id ${caseId}`);
  return row;
}

/** Changes some fields of a case: one `fieldChanged` event per field that really changed, one outbox mutation. */
export function updateCase(db: Database, caseId: string, changes: FieldChanges, ctx: WriteContext): void {
  db.transaction(() => {
    const current = caseOrThrow(db, caseId);
    const changed = (Object.keys(changes) as (keyof FieldChanges)[]).filter((field) => (current[columnOf[field]] ?? null) !== (changes[field] ?? null));
    if (changed.length === 0) return;
    if (changes.assigneeId) agentOrThrow(db, changes.assigneeId);
    const assignments = changed.map((field) => `${columnOf[field]} = ?`).join(', ');
    statement(db, `UPDATE cases SET ${assignments}, updated_at = ? WHERE id = ?`).run(...changed.map((field) => changes[field] ?? null), ctx.now, caseId);
    for (const field of changed) {
      addEvent(db, { caseId, kind: 'fieldChanged', at: ctx.now, actorId: ctx.actor.agentId, data: { field, from: current[columnOf[field]] ?? null, to: changes[field] ?? null } });
    }
    const values = Object.fromEntries(changed.map((field) => [field, changes[field] ?? null]));
    const { hlc } = appendMutation(db, 'case.setFields', { caseId, fields: values }, ctx.now);
    stampFields(db, 'case', caseId, changed, hlc);
    indexCase(db, caseId);
  })();
}

/**
 * Moves a case along the state machine. `from` must be the status the agent saw: if someone
 * else moved the case meanwhile, the move is refused as a conflict rather than applied blindly.
 */
export function changeCaseStatus(db: Database, input: Required<Pick<ChangeStatusInput, 'caseId' | 'from' | 'to'>> & { note?: string | undefined }, ctx: WriteContext): void {
  db.transaction(() => {
    moveStatus(db, input.caseId, input.from, input.to, ctx, input.note);
  })();
}

/** The status move itself, for use inside a caller's transaction (also used by the wrap-up). */
export function moveStatus(db: Database, caseId: string, from: CaseStatus, to: CaseStatus, ctx: WriteContext, note?: string): void {
  const current = caseOrThrow(db, caseId);
  if (current.status !== from) throw new AppError('conflict', `case ${caseId} is ${current.status}, not ${from}`);
  if (!canMoveCase(from, to)) throw new AppError('invalid_transition', `a case cannot move from ${from} to ${to}`);
  statement(
    db,
    `UPDATE cases SET status = ?, updated_at = ?,
       resolved_at = CASE WHEN ? = 'resolved' THEN ? WHEN ? = 'reopened' THEN NULL ELSE resolved_at END,
       reopen_count = reopen_count + (? = 'reopened')
     WHERE id = ?`,
  ).run(to, ctx.now, to, ctx.now, to, to, caseId);
  addEvent(db, { caseId, kind: 'statusChanged', at: ctx.now, actorId: ctx.actor.agentId, data: note ? { from, to, note } : { from, to } });
  const { hlc } = appendMutation(db, 'case.setStatus', { caseId, from, to }, ctx.now);
  stampFields(db, 'case', caseId, ['status'], hlc);
}

/** Adds a note to the case timeline. Notes are append-only, identified by the id made here. */
export function addNote(db: Database, caseId: string, text: string, ctx: WriteContext): string {
  return db.transaction(() => {
    caseOrThrow(db, caseId);
    const eventId = addEvent(db, { caseId, kind: 'note', at: ctx.now, actorId: ctx.actor.agentId, data: { text } });
    statement(db, 'UPDATE cases SET updated_at = ? WHERE id = ?').run(ctx.now, caseId);
    appendMutation(db, 'note.add', { eventId, caseId, text, at: ctx.now }, ctx.now);
    return eventId;
  })();
}
