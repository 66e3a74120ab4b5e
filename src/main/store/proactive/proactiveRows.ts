import { maskPhone } from '../../../shared/domain/piiMask';
import { proactiveCounts, type ProactiveKind, type ProactiveOutcome } from '../../../shared/domain/proactiveLists';
import type { ProactiveContact, ProactiveFilter, ProactiveList, ProactiveSummary } from '../../../shared/schemas/proactive';
import { statement, type ReadableDB, type WritableDB } from '../db';

/** The only SQL for `proactive_lists` and `proactive_contacts` (migration 033). */

export interface NewProactiveList {
  id: string;
  branchId: string | null;
  teamId: string | null;
  kind: ProactiveKind;
  name: string;
  script: string;
  source: 'filter' | 'file';
  createdBy: string | null;
  createdAt: number;
}

export function insertProactiveList(db: WritableDB, row: NewProactiveList): void {
  statement(
    db,
    `INSERT INTO proactive_lists (id, branch_id, team_id, kind, name, script, source, state, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)`,
  ).run(row.id, row.branchId, row.teamId, row.kind, row.name, row.script, row.source, row.createdBy, row.createdAt);
}

export interface NewProactiveContact {
  id: string;
  listId: string;
  customerId: string | null;
  name: string;
  phone: string;
  note: string;
  position: number;
}

export function insertProactiveContact(db: WritableDB, row: NewProactiveContact): void {
  statement(db, 'INSERT INTO proactive_contacts (id, list_id, customer_id, name, phone, note, position) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    row.id,
    row.listId,
    row.customerId,
    row.name,
    row.phone,
    row.note,
    row.position,
  );
}

export function closeProactiveList(db: WritableDB, id: string): boolean {
  return statement(db, "UPDATE proactive_lists SET state = 'closed' WHERE id = ? AND state = 'open'").run(id).changes > 0;
}

/** Records the latest outcome of working one contact (one more attempt). */
export function recordContactOutcome(db: WritableDB, id: string, outcome: ProactiveOutcome, note: string, workedBy: string | null, at: number): void {
  statement(db, 'UPDATE proactive_contacts SET outcome = ?, outcome_note = ?, worked_by = ?, worked_at = ?, attempts = attempts + 1 WHERE id = ?').run(outcome, note, workedBy, at, id);
}

/** Customers with a case matching every term of the filter (one each, the phone on the customer), for a list built from cases. */
export function customersMatching(db: ReadableDB, filter: ProactiveFilter, branchId: string | null, limit = 5_000): { customerId: string; name: string; phone: string; caseNumber: string }[] {
  return statement(
    db,
    `SELECT cu.id AS customerId, cu.name AS name, cu.phone AS phone, max(c.number) AS caseNumber
     FROM cases c JOIN customers cu ON cu.id = c.customer_id
     WHERE (? IS NULL OR c.scenario = ?) AND (? IS NULL OR c.category = ?) AND (? IS NULL OR c.status = ?)
       AND (? IS NULL OR c.created_at >= ?) AND (? IS NULL OR c.created_at < ?)
       AND (? IS NULL OR c.satisfaction <= ?)
       AND (? = 0 OR EXISTS (SELECT 1 FROM visit_bookings v WHERE v.case_id = c.id))
       AND (? IS NULL OR c.branch_id IS NULL OR c.branch_id = ?)
     GROUP BY cu.id ORDER BY min(c.created_at), cu.id LIMIT ?`,
  ).all(
    filter.scenario,
    filter.scenario,
    filter.category,
    filter.category,
    filter.status,
    filter.status,
    filter.createdFrom,
    filter.createdFrom,
    filter.createdTo,
    filter.createdTo,
    filter.maxSatisfaction,
    filter.maxSatisfaction,
    filter.withVisit ? 1 : 0,
    branchId,
    branchId,
    limit,
  ) as { customerId: string; name: string; phone: string; caseNumber: string }[];
}

interface ListRow {
  id: string;
  branch_id: string | null;
  team_id: string | null;
  kind: ProactiveKind;
  name: string;
  script: string;
  source: 'filter' | 'file';
  state: 'open' | 'closed';
  created_by: string | null;
  creator_name: string | null;
  created_at: number;
}

const LIST_SELECT = 'SELECT l.*, a.name AS creator_name FROM proactive_lists l LEFT JOIN agents a ON a.id = l.created_by';

function outcomesOf(db: ReadableDB, listId: string): { outcome: ProactiveOutcome | null }[] {
  return statement(db, 'SELECT outcome FROM proactive_contacts WHERE list_id = ?').all(listId) as { outcome: ProactiveOutcome | null }[];
}

function listOf(db: ReadableDB, row: ListRow): ProactiveList {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    script: row.script,
    source: row.source,
    state: row.state,
    createdBy: row.created_by,
    creatorName: row.creator_name,
    createdAt: row.created_at,
    counts: proactiveCounts(outcomesOf(db, row.id)),
  };
}

export function proactiveListById(db: ReadableDB, id: string): (ProactiveList & { branchId: string | null; teamId: string | null }) | undefined {
  const row = statement(db, `${LIST_SELECT} WHERE l.id = ?`).get(id) as ListRow | undefined;
  return row && { ...listOf(db, row), branchId: row.branch_id, teamId: row.team_id };
}

/** Lists newest first: open ones (or all); a branch's only when `branchId` is given. */
export function proactiveLists(db: ReadableDB, state: 'open' | 'all', branchId: string | null, limit = 100): ProactiveList[] {
  const rows = statement(
    db,
    `${LIST_SELECT} WHERE (? = 'all' OR l.state = 'open') AND (? IS NULL OR l.branch_id IS NULL OR l.branch_id = ?) ORDER BY l.created_at DESC, l.id DESC LIMIT ?`,
  ).all(state, branchId, branchId, limit) as ListRow[];
  return rows.map((r) => listOf(db, r));
}

interface ContactRow {
  id: string;
  list_id: string;
  customer_id: string | null;
  name: string;
  phone: string;
  note: string;
  position: number;
  outcome: ProactiveOutcome | null;
  outcome_note: string;
  attempts: number;
  worked_by: string | null;
  worker_name: string | null;
  worked_at: number | null;
}

const CONTACT_SELECT = 'SELECT p.*, a.name AS worker_name FROM proactive_contacts p LEFT JOIN agents a ON a.id = p.worked_by';

function contactOf(row: ContactRow): ProactiveContact & { phone: string } {
  return {
    id: row.id,
    listId: row.list_id,
    customerId: row.customer_id,
    name: row.name,
    phone: row.phone,
    phoneMasked: row.phone ? maskPhone(row.phone) : '',
    note: row.note,
    position: row.position,
    outcome: row.outcome,
    outcomeNote: row.outcome_note,
    attempts: row.attempts,
    workedBy: row.worked_by,
    workerName: row.worker_name,
    workedAt: row.worked_at,
  };
}

/** Every contact of a list in list order, phone numbers unmasked (main masks what leaves for a list view). */
export function contactsOfList(db: ReadableDB, listId: string): (ProactiveContact & { phone: string })[] {
  return (statement(db, `${CONTACT_SELECT} WHERE p.list_id = ? ORDER BY p.position`).all(listId) as ContactRow[]).map(contactOf);
}

export function proactiveContactById(db: ReadableDB, id: string): (ProactiveContact & { phone: string }) | undefined {
  const row = statement(db, `${CONTACT_SELECT} WHERE p.id = ?`).get(id) as ContactRow | undefined;
  return row && contactOf(row);
}

/** Outcomes recorded in [from, to), on the lists of a branch (null: all), for the team view and the shift report. */
export function proactiveSummary(db: ReadableDB, from: number, to: number, branchId: string | null): ProactiveSummary {
  const row = statement(
    db,
    `SELECT count(*) AS worked,
       coalesce(sum(p.outcome = 'reached'), 0) AS reached, coalesce(sum(p.outcome = 'noAnswer'), 0) AS noAnswer,
       coalesce(sum(p.outcome = 'refused'), 0) AS refused, coalesce(sum(p.outcome = 'done'), 0) AS done
     FROM proactive_contacts p JOIN proactive_lists l ON l.id = p.list_id
     WHERE p.worked_at >= ? AND p.worked_at < ? AND (? IS NULL OR l.branch_id IS NULL OR l.branch_id = ?)`,
  ).get(from, to, branchId, branchId) as Omit<ProactiveSummary, 'lists'>;
  const lists = (
    statement(db, "SELECT count(*) AS n FROM proactive_lists WHERE state = 'open' AND (? IS NULL OR branch_id IS NULL OR branch_id = ?)").get(branchId, branchId) as { n: number }
  ).n;
  return { lists, ...row };
}
