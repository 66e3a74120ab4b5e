import { v7 as uuidv7 } from 'uuid';
import { AppError } from '../../shared/result';
import type { AddLocalAccountInput, LocalAccess, LocalAccount, ResetLocalPasswordInput, SetLocalAccountActiveInput, SetupLocalAdminInput } from '../../shared/schemas/accounts';
import type { SignedInAgent } from '../../shared/schemas/sync';
import type { Actor } from '../store/actor';
import { writeAudit } from '../store/audit/auditLog';
import type { WritableDB } from '../store/db';
import {
  agentIdentityOf,
  agentNumberTaken,
  hasActiveLocalAdmin,
  insertLocalAccount,
  listLocalAccountRows,
  localAccountById,
  localAccountByNumber,
  localBranchId,
  localTeamId,
  setLocalAccountActiveRow,
  setLocalPasswordHash,
  type LocalAccountRow,
} from '../store/organisation/localAccounts';
import type { Session } from '../sync/session';

/**
 * Local accounts of a standalone desktop: the first-run administrator, then the agents and leads
 * the administrator adds. Every check is made here, whatever the screen showed.
 */

export interface AccountsContext {
  db: WritableDB;
  session: Session;
  now: number;
  actor: Actor;
  /** The branch local accounts belong to (settings). */
  branchCode: string;
}

function accountOf(row: LocalAccountRow): LocalAccount {
  return { id: row.id, number: row.number, name: row.name, role: row.role, team: row.teamName, active: row.active, createdAt: row.createdAt, updatedAt: row.updatedAt };
}

/** Which gate the renderer shows; `signedIn` is the acting agent (the session's, or the one the app was built with). */
export function localAccess({ db, session, actor }: Pick<AccountsContext, 'db' | 'session' | 'actor'>): LocalAccess {
  const agent = session.current();
  const standalone = session.standalone();
  const hasAdmin = standalone && hasActiveLocalAdmin(db);
  if (agent) return { standalone, hasAdmin, signedIn: { id: agent.id, number: agent.number, name: agent.name, role: agent.role } };
  if (actor.agentId === null) return { standalone, hasAdmin, signedIn: null };
  const known = agentIdentityOf(db, actor.agentId);
  return { standalone, hasAdmin, signedIn: { id: actor.agentId, number: known?.number ?? '', name: known?.name ?? '', role: actor.role } };
}

function requireStandalone(session: Session): void {
  if (!session.standalone()) throw new AppError('forbidden', 'this desktop signs agents in through its sync server; local accounts are for a standalone desktop');
}

function requireAdmin(actor: Actor): string {
  if (actor.agentId === null) throw new AppError('not_signed_in', 'sign in as an administrator first');
  if (actor.role !== 'admin') throw new AppError('forbidden', `role ${actor.role} may not manage local accounts`);
  return actor.agentId;
}

function requireFreeNumber(db: WritableDB, number: string): void {
  if (localAccountByNumber(db, number) || agentNumberTaken(db, number)) throw new AppError('conflict', `agent number ${number} is already used`, [{ path: 'number', key: 'numberTaken' }]);
}

function existingAccount(db: WritableDB, id: string): LocalAccountRow {
  const row = localAccountById(db, id);
  if (!row) throw new AppError('not_found', `no local account ${id}`);
  return row;
}

/** First run only: creates the local administrator and signs them in; refused once an admin exists. */
export async function setupLocalAdmin(ctx: AccountsContext, input: SetupLocalAdminInput): Promise<SignedInAgent> {
  requireStandalone(ctx.session);
  if (hasActiveLocalAdmin(ctx.db)) throw new AppError('already_set_up', 'this desktop already has a local administrator');
  const passwordHash = await ctx.session.hasher.hash(input.password);
  const id = uuidv7();
  ctx.db.transaction(() => {
    if (hasActiveLocalAdmin(ctx.db)) throw new AppError('already_set_up', 'this desktop already has a local administrator');
    requireFreeNumber(ctx.db, input.number);
    const branchId = localBranchId(ctx.db, ctx.branchCode, uuidv7);
    insertLocalAccount(ctx.db, { id, number: input.number, name: input.name, role: 'admin', branchId, teamId: null, passwordHash, at: ctx.now });
    writeAudit(ctx.db, { at: ctx.now, actorId: id, action: 'localAccountCreated', entity: 'agent', entityId: id, data: { role: 'admin' } });
  })();
  return ctx.session.signInLocal(existingAccount(ctx.db, id));
}

export function listLocalAccounts(ctx: AccountsContext): { accounts: LocalAccount[]; teams: string[] } {
  requireAdmin(ctx.actor);
  const accounts = listLocalAccountRows(ctx.db).map(accountOf);
  return { accounts, teams: [...new Set(accounts.map((a) => a.team).filter((t): t is string => t !== null))].sort() };
}

export async function addLocalAccount(ctx: AccountsContext, input: AddLocalAccountInput & { team: string }): Promise<LocalAccount> {
  requireStandalone(ctx.session);
  const adminId = requireAdmin(ctx.actor);
  requireFreeNumber(ctx.db, input.number);
  const passwordHash = await ctx.session.hasher.hash(input.password);
  const id = uuidv7();
  ctx.db.transaction(() => {
    requireFreeNumber(ctx.db, input.number);
    const branchId = localBranchId(ctx.db, ctx.branchCode, uuidv7);
    const teamId = input.team ? localTeamId(ctx.db, branchId, input.team, uuidv7) : null;
    insertLocalAccount(ctx.db, { id, number: input.number, name: input.name, role: input.role, branchId, teamId, passwordHash, at: ctx.now });
    writeAudit(ctx.db, { at: ctx.now, actorId: adminId, action: 'localAccountCreated', entity: 'agent', entityId: id, data: { role: input.role } });
  })();
  return accountOf(existingAccount(ctx.db, id));
}

export function setLocalAccountActive(ctx: AccountsContext, input: SetLocalAccountActiveInput): LocalAccount {
  const adminId = requireAdmin(ctx.actor);
  const row = existingAccount(ctx.db, input.id);
  if (!input.active && row.id === adminId) throw new AppError('conflict', 'an administrator cannot deactivate their own account');
  ctx.db.transaction(() => {
    setLocalAccountActiveRow(ctx.db, row.id, input.active, ctx.now);
    writeAudit(ctx.db, { at: ctx.now, actorId: adminId, action: input.active ? 'localAccountActivated' : 'localAccountDeactivated', entity: 'agent', entityId: row.id });
  })();
  return accountOf(existingAccount(ctx.db, row.id));
}

export async function resetLocalPassword(ctx: AccountsContext, input: ResetLocalPasswordInput): Promise<LocalAccount> {
  const adminId = requireAdmin(ctx.actor);
  const row = existingAccount(ctx.db, input.id);
  const passwordHash = await ctx.session.hasher.hash(input.password);
  ctx.db.transaction(() => {
    setLocalPasswordHash(ctx.db, row.id, passwordHash, ctx.now);
    writeAudit(ctx.db, { at: ctx.now, actorId: adminId, action: 'localPasswordReset', entity: 'agent', entityId: row.id });
  })();
  return accountOf(existingAccount(ctx.db, row.id));
}
