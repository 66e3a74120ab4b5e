import { v7 as uuidv7 } from 'uuid';
import { nextContact, normalisedPhone, parseContactsCsv, type ImportError, type ProactiveOutcome } from '../../shared/domain/proactiveLists';
import { AppError } from '../../shared/result';
import type { BuildProactiveListRequest, ProactiveBuildResult, ProactiveContact, ProactiveFilter, ProactiveNext } from '../../shared/schemas/proactive';
import type { LeadScope } from '../reports/reportAccess';
import type { WriteContext } from '../store/actor';
import type { ReadableDB, WritableDB } from '../store/db';
import {
  closeProactiveList,
  contactsOfList,
  customersMatching,
  insertProactiveContact,
  insertProactiveList,
  proactiveContactById,
  proactiveListById,
  recordContactOutcome,
} from '../store/proactive/proactiveRows';
import { appendMutation } from '../store/sync/outbox';
import { placeOf } from './incidentActions';

/**
 * Proactive lists (issue 18): a lead builds a list of customers to contact, agents work it one
 * customer at a time. Each act is ONE transaction with its outbox mutation.
 */

type Built = { customerId: string | null; name: string; phone: string; note: string };

/** Customers a filter would put on a list (the lead sees how many before building it). */
export function previewFilter(db: ReadableDB, scope: LeadScope, filter: ProactiveFilter): { count: number; sample: string[] } {
  const found = customersMatching(db, filter, scope.branchId);
  return { count: found.length, sample: found.slice(0, 5).map((c) => c.name) };
}

export function buildProactiveList(db: WritableDB, scope: LeadScope, input: BuildProactiveListRequest, ctx: WriteContext): ProactiveBuildResult {
  let contacts: Built[];
  if (input.source.from === 'file') {
    const parsed = parseContactsCsv(input.source.text);
    if (parsed.errors.length > 0) return { ok: false, errors: parsed.errors };
    contacts = parsed.contacts.map((c) => ({ customerId: null, name: c.name, phone: c.phone, note: c.note }));
  } else {
    contacts = customersMatching(db, input.source.filter, scope.branchId).map((c) => ({ customerId: c.customerId, name: c.name, phone: normalisedPhone(c.phone) ?? c.phone, note: c.caseNumber }));
    if (contacts.length === 0) return { ok: false, errors: [{ line: 0, key: 'noRows' } satisfies ImportError] };
  }
  const id = uuidv7();
  db.transaction(() => {
    const place = placeOf(db, ctx.actor);
    insertProactiveList(db, { id, branchId: scope.branchId ?? place.branchId, teamId: scope.teamId ?? place.teamId, kind: input.kind, name: input.name, script: input.script, source: input.source.from, createdBy: ctx.actor.agentId, createdAt: ctx.now });
    contacts.forEach((c, position) => insertProactiveContact(db, { id: uuidv7(), listId: id, ...c, position }));
    appendMutation(db, 'proactive.build', { id, kind: input.kind, contacts: contacts.length }, ctx.now);
  })();
  const { branchId: _b, teamId: _t, ...list } = proactiveListById(db, id)!;
  return { ok: true, list };
}

export function listContacts(db: ReadableDB, listId: string): ProactiveContact[] {
  if (!proactiveListById(db, listId)) throw new AppError('not_found', `no proactive list ${listId}`);
  return contactsOfList(db, listId).map(({ phone: _p, ...c }) => c);
}

/** The next customer on a list for the agent, with the full number to dial; null when all are worked through. */
export function nextOnList(db: ReadableDB, listId: string, skip: readonly string[]): ProactiveNext {
  const found = proactiveListById(db, listId);
  if (!found) throw new AppError('not_found', `no proactive list ${listId}`);
  const { branchId: _b, teamId: _t, ...list } = found;
  if (list.state === 'closed') return { list, contact: null };
  return { list, contact: nextContact(contactsOfList(db, listId), new Set(skip)) };
}

export function recordOutcome(db: WritableDB, input: { contactId: string; outcome: ProactiveOutcome; note: string }, ctx: WriteContext): ProactiveContact {
  db.transaction(() => {
    const contact = proactiveContactById(db, input.contactId);
    if (!contact) throw new AppError('not_found', `no contact ${input.contactId}`);
    const list = proactiveListById(db, contact.listId)!;
    if (list.state === 'closed') throw new AppError('invalid_transition', 'this list is closed');
    if (contact.outcome !== null && contact.outcome !== 'noAnswer') throw new AppError('conflict', 'this customer has already been worked');
    recordContactOutcome(db, input.contactId, input.outcome, input.note, ctx.actor.agentId, ctx.now);
    appendMutation(db, 'proactive.outcome', { contactId: input.contactId, outcome: input.outcome }, ctx.now);
  })();
  const { phone: _p, ...contact } = proactiveContactById(db, input.contactId)!;
  return contact;
}

export function closeList(db: WritableDB, listId: string, ctx: WriteContext): void {
  db.transaction(() => {
    if (!proactiveListById(db, listId)) throw new AppError('not_found', `no proactive list ${listId}`);
    if (!closeProactiveList(db, listId)) throw new AppError('invalid_transition', 'this list is already closed');
    appendMutation(db, 'proactive.close', { id: listId }, ctx.now);
  })();
}
