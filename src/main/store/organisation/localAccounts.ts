import type { Role } from '../../../shared/schemas/domainTerms';
import { statement, type ReadableDB, type WritableDB } from '../db';

/**
 * The owner of `local_accounts` (migration 020): the accounts a standalone desktop signs agents in
 * with. Each account is also written as an `agents` row with the same id (the organisation tables
 * this folder owns), so assignment, the team view and reports name local agents like any other.
 */

export interface LocalAccountRow {
  id: string;
  number: string;
  name: string;
  role: Role;
  teamId: string | null;
  teamName: string | null;
  branchId: string;
  passwordHash: string;
  active: boolean;
  createdAt: number;
  updatedAt: number;
}

const SELECT_ACCOUNT = `SELECT l.id, l.number, l.name, l.role, l.team_id AS teamId, t.name AS teamName, a.branch_id AS branchId,
  l.password_hash AS passwordHash, l.active, l.created_at AS createdAt, l.updated_at AS updatedAt
  FROM local_accounts l JOIN agents a ON a.id = l.id LEFT JOIN teams t ON t.id = l.team_id`;

type RawRow = Omit<LocalAccountRow, 'active'> & { active: number };
const toRow = (raw: RawRow | undefined): LocalAccountRow | undefined => (raw ? { ...raw, active: raw.active === 1 } : undefined);

export function hasActiveLocalAdmin(db: ReadableDB): boolean {
  return statement(db, "SELECT 1 FROM local_accounts WHERE role = 'admin' AND active = 1 LIMIT 1").get() !== undefined;
}

export function countLocalAccounts(db: ReadableDB): number {
  return statement(db, 'SELECT count(*) FROM local_accounts').pluck().get() as number;
}

export function localAccountByNumber(db: ReadableDB, number: string): LocalAccountRow | undefined {
  return toRow(statement(db, `${SELECT_ACCOUNT} WHERE l.number = ?`).get(number) as RawRow | undefined);
}

export function localAccountById(db: ReadableDB, id: string): LocalAccountRow | undefined {
  return toRow(statement(db, `${SELECT_ACCOUNT} WHERE l.id = ?`).get(id) as RawRow | undefined);
}

/** Every local account, admins first, then by number. */
export function listLocalAccountRows(db: ReadableDB): LocalAccountRow[] {
  const rows = statement(db, `${SELECT_ACCOUNT} ORDER BY CASE l.role WHEN 'admin' THEN 0 WHEN 'lead' THEN 1 ELSE 2 END, l.number`).all() as RawRow[];
  return rows.map((raw) => toRow(raw)!);
}

/** An agent number already used by an agent row (a local account or one pulled from a server). */
export function agentNumberTaken(db: ReadableDB, number: string): boolean {
  return statement(db, 'SELECT 1 FROM agents WHERE number = ?').get(number) !== undefined;
}

/** The branch local accounts belong to: the one with this code, made on first use. */
export function localBranchId(db: WritableDB, code: string, newId: () => string): string {
  const found = statement(db, 'SELECT id FROM branches WHERE code = ?').pluck().get(code) as string | undefined;
  if (found) return found;
  const id = newId();
  statement(db, 'INSERT INTO branches (id, code, name) VALUES (?, ?, ?)').run(id, code, code);
  return id;
}

/** The team of this name in the branch, made on first use. */
export function localTeamId(db: WritableDB, branchId: string, name: string, newId: () => string): string {
  const found = statement(db, 'SELECT id FROM teams WHERE branch_id = ? AND name = ? ORDER BY id LIMIT 1').pluck().get(branchId, name) as string | undefined;
  if (found) return found;
  const id = newId();
  statement(db, 'INSERT INTO teams (id, branch_id, name) VALUES (?, ?, ?)').run(id, branchId, name);
  return id;
}

export interface NewLocalAccount {
  id: string;
  number: string;
  name: string;
  role: Role;
  branchId: string;
  teamId: string | null;
  passwordHash: string;
  at: number;
}

/** The account and its agent row (an agent row with this id, e.g. from demo data, is kept and updated). */
export function insertLocalAccount(db: WritableDB, account: NewLocalAccount): void {
  statement(
    db,
    `INSERT INTO agents (id, number, name, role, branch_id, team_id, active) VALUES (?, ?, ?, ?, ?, ?, 1)
     ON CONFLICT (id) DO UPDATE SET number = excluded.number, name = excluded.name, role = excluded.role,
       branch_id = excluded.branch_id, team_id = excluded.team_id, active = 1`,
  ).run(account.id, account.number, account.name, account.role, account.branchId, account.teamId);
  statement(
    db,
    `INSERT INTO local_accounts (id, number, name, role, team_id, password_hash, active, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)`,
  ).run(account.id, account.number, account.name, account.role, account.teamId, account.passwordHash, account.at, account.at);
}

export function setLocalAccountActiveRow(db: WritableDB, id: string, active: boolean, at: number): void {
  statement(db, 'UPDATE local_accounts SET active = ?, updated_at = ? WHERE id = ?').run(active ? 1 : 0, at, id);
  statement(db, 'UPDATE agents SET active = ? WHERE id = ?').run(active ? 1 : 0, id);
}

export function setLocalPasswordHash(db: WritableDB, id: string, passwordHash: string, at: number): void {
  statement(db, 'UPDATE local_accounts SET password_hash = ?, updated_at = ? WHERE id = ?').run(passwordHash, at, id);
}

/** An agent's number and name by id (any agent row, local or pulled). */
export function agentIdentityOf(db: ReadableDB, id: string): { number: string; name: string } | undefined {
  return statement(db, 'SELECT number, name FROM agents WHERE id = ?').get(id) as { number: string; name: string } | undefined;
}

/** An agent row by number (demo accounts are made for agents already written). */
export function agentRowByNumber(db: ReadableDB, number: string): { id: string; name: string; role: Role; branchId: string; teamId: string | null } | undefined {
  return statement(db, 'SELECT id, name, role, branch_id AS branchId, team_id AS teamId FROM agents WHERE number = ?').get(number) as
    | { id: string; name: string; role: Role; branchId: string; teamId: string | null }
    | undefined;
}
