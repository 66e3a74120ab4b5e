import { maskPhone } from '../../../shared/domain/piiMask';
import type { CaseFollowUp } from '../../../shared/schemas/caseDetail';
import type { FollowUpItem, FollowUpView } from '../../../shared/schemas/workspace';
import { AppError } from '../../../shared/result';
import { statement, type ReadableDB } from '../db';

interface Row {
  id: string;
  case_id: string;
  number: string;
  subject: string;
  customer_id: string | null;
  customer_name: string | null;
  customer_phone: string | null;
  kind: FollowUpItem['kind'];
  state: FollowUpItem['state'];
  due_at: number;
  done_at: number | null;
  note: string;
}

const select = `SELECT f.id, f.case_id, c.number, c.subject, f.customer_id, cu.name AS customer_name, cu.phone AS customer_phone,
  f.kind, f.state, f.due_at, f.done_at, f.note
  FROM follow_ups f JOIN cases c ON c.id = f.case_id LEFT JOIN customers cu ON cu.id = f.customer_id`;

export function toFollowUpItem(row: Row, now: number): FollowUpItem {
  return {
    id: row.id,
    caseId: row.case_id,
    caseNumber: row.number,
    subject: row.subject,
    customerId: row.customer_id,
    customerName: row.customer_name,
    customerPhoneMasked: row.customer_phone === null ? null : maskPhone(row.customer_phone),
    kind: row.kind,
    state: row.state,
    dueAt: row.due_at,
    doneAt: row.done_at,
    note: row.note,
    overdue: row.state !== 'done' && row.due_at < now,
  };
}

/** The start and end (ms) of the local day containing `now`, for a UTC offset in minutes. */
export function localDay(now: number, utcOffsetMinutes: number): { start: number; end: number } {
  const offset = utcOffsetMinutes * 60_000;
  const start = Math.floor((now + offset) / 86_400_000) * 86_400_000 - offset;
  return { start, end: start + 86_400_000 };
}

/**
 * The follow-up queue: due today (not yet done, overdue ones first), overdue (before now, not
 * done), upcoming (after today), or done (latest first) — optionally one agent's only.
 */
export function listFollowUps(db: ReadableDB, query: { view: FollowUpView; agentId?: string | null | undefined; limit: number }, now: number, utcOffsetMinutes: number): FollowUpItem[] {
  const { start, end } = localDay(now, utcOffsetMinutes);
  const where: string[] = [];
  const params: unknown[] = [];
  if (query.view === 'today') {
    where.push("f.state <> 'done' AND f.due_at >= ? AND f.due_at < ?");
    params.push(start, end);
  }
  if (query.view === 'overdue') {
    where.push("f.state <> 'done' AND f.due_at < ?");
    params.push(now);
  }
  if (query.view === 'upcoming') {
    where.push("f.state <> 'done' AND f.due_at >= ?");
    params.push(end);
  }
  if (query.view === 'done') where.push("f.state = 'done'");
  if (query.agentId !== undefined) {
    where.push(query.agentId === null ? 'f.agent_id IS NULL' : 'f.agent_id = ?');
    if (query.agentId !== null) params.push(query.agentId);
  }
  const order = query.view === 'done' ? 'f.done_at DESC, f.id' : 'f.due_at, f.id';
  const rows = statement(db, `${select} WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ?`).all(...params, query.limit) as Row[];
  return rows.map((row) => toFollowUpItem(row, now));
}

/** A customer's follow-ups not done yet, soonest first. */
export function upcomingFollowUpsOf(db: ReadableDB, customerId: string, now: number): FollowUpItem[] {
  const rows = statement(db, `${select} WHERE f.customer_id = ? AND f.state <> 'done' ORDER BY f.due_at LIMIT 50`).all(customerId) as Row[];
  return rows.map((row) => toFollowUpItem(row, now));
}

/** A case's follow-ups, soonest due first (at most 200). */
export function followUpsOfCase(db: ReadableDB, caseId: string): CaseFollowUp[] {
  return statement(db, 'SELECT id, kind, state, due_at AS dueAt, done_at AS doneAt, note FROM follow_ups WHERE case_id = ? ORDER BY due_at, id LIMIT ?').all(caseId, 200) as CaseFollowUp[];
}

export interface FollowUpState {
  id: string;
  caseId: string;
  state: 'due' | 'done' | 'missed';
  dueAt: number;
}

export function followUpStateOrThrow(db: ReadableDB, id: string): FollowUpState {
  const row = statement(db, 'SELECT id, case_id, state, due_at FROM follow_ups WHERE id = ?').get(id) as { id: string; case_id: string; state: FollowUpState['state']; due_at: number } | undefined;
  if (!row) throw new AppError('not_found', `no follow-up with id ${id}`);
  return { id: row.id, caseId: row.case_id, state: row.state, dueAt: row.due_at };
}

export interface OpenFollowUpPast {
  id: string;
  caseId: string;
  dueAt: number;
  promise: string | null;
}

/** Open follow-ups whose time passed before `now`, soonest due first (at most `limit`). */
export function openFollowUpsPast(db: ReadableDB, now: number, limit: number): OpenFollowUpPast[] {
  return statement(db, "SELECT id, case_id AS caseId, due_at AS dueAt, promise FROM follow_ups WHERE state = 'due' AND due_at < ? ORDER BY due_at, id LIMIT ?").all(now, limit) as OpenFollowUpPast[];
}

/** The open follow-up of a case that promises this (the oldest), if any. */
export function openPromiseOfCase(db: ReadableDB, caseId: string, promise: string): string | null {
  return (statement(db, "SELECT id FROM follow_ups WHERE case_id = ? AND promise = ? AND state <> 'done' ORDER BY created_at, id LIMIT 1").pluck().get(caseId, promise) as string | undefined) ?? null;
}
