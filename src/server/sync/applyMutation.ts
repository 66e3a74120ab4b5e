import type { z } from 'zod';
import type { AuthedAgent } from '../auth/authedAgent';
import type { PushedMutation, RejectionReason, RowEffect } from '../../shared/sync/protocol';
import { rowKey, syncTableOf, type SyncTable } from '../../shared/sync/syncTables';
import type { StoredRecord } from '../storage/records';
import type { SqlValue } from '../storage/serverDb';
import { caseOfRecord, conflictEventId, type Conflict } from './conflictEvent';
import { mergeField } from './mergeField';
import type { RecordCache } from './recordCache';
import { actorColumns, leadOnlyEvents, moreActorColumns, references } from './references';
import { checkApprovalFields } from './approvalTrust';
import { checkIncidentFields, incidentTrustTables } from './incidentTrust';
import { checkPolicyFields } from './policyTrust';
import { checkQualityFields } from './qualityTrust';

export class Rejection extends Error {
  constructor(readonly reason: RejectionReason, detail: string) {
    super(detail);
  }
}

/**
 * Applies one mutation's row effects to the batch's records, or throws a Rejection (the caller
 * rolls the cache back). Validation and scoping come first; merging never rejects: a value that
 * loses becomes a conflict event on the case timeline.
 */
export async function applyMutation(
  cache: RecordCache,
  agent: AuthedAgent,
  mutation: PushedMutation,
  hlc: string,
  now: number,
  /** Agents registered on the pushing device: their queued edits may be pushed under another agent's session. */
  deviceAgents: ReadonlySet<string> = new Set(),
): Promise<void> {
  const conflicts: { conflict: Conflict; record: StoredRecord }[] = [];
  for (const effect of mutation.effects) {
    const table = tableOf(effect, agent);
    const existing = await cache.get(effect.t, effect.k);
    if (effect.op === 'i' && !existing) {
      const record = await newRecord(cache, agent, effect, table, hlc, deviceAgents);
      const holder = effect.t === 'cases' ? await uniqueCaseNumber(cache, record, undefined, conflicts) : null;
      cache.put(record);
      if (holder) await cache.touch('cases', holder);
      continue;
    }
    if (!existing) throw new Rejection('missingParent', `${effect.t} ${effect.k} does not exist`);
    if (!mayWrite(agent, existing.branchId)) throw new Rejection('forbiddenBranch', `${effect.t} belongs to another branch`);
    if (table.mode === 'append') {
      if (effect.op === 'u') throw new Rejection('appendOnly', `${effect.t} rows cannot be changed`);
      continue; // the same append-only row again: already there
    }
    const fields = effect.op === 'i' ? parseFields(table, { ...effect, f: withBranch(table, effect.f, agent) }, true) : parseFields(table, effect, false);
    await checkFields(cache, agent, effect.t, fields, existing.data, deviceAgents);
    const before = { ...existing.data };
    for (const [field, value] of Object.entries(fields)) {
      if (table.pk.includes(field) && value !== existing.data[field]) throw new Rejection('invalidRow', `${effect.t}.${field} is part of the key`);
      const outcome = mergeField(
        { table: effect.t, field, value, base: effect.op === 'u' ? effect.o?.[field] : undefined, hlc },
        { value: existing.data[field], clock: existing.clocks[field] },
      );
      if (outcome.kind === 'set' || outcome.kind === 'override') {
        existing.data[field] = outcome.value;
        existing.clocks[field] = outcome.clock;
      }
      if (outcome.kind === 'keep') conflicts.push({ record: existing, conflict: { table: effect.t, rowKey: effect.k, field, kept: existing.data[field] ?? null, lost: outcome.lost } });
      if (outcome.kind === 'override') conflicts.push({ record: existing, conflict: { table: effect.t, rowKey: effect.k, field, kept: outcome.value, lost: outcome.lost } });
    }
    const scope = table.scope;
    if (scope && 'column' in scope) {
      const branch = existing.data[scope.column];
      if (typeof branch === 'string' && branch !== existing.branchId) {
        if (!mayWrite(agent, branch)) throw new Rejection('forbiddenBranch', `cannot move ${effect.t} to another branch`);
        existing.branchId = branch;
      }
    }
    if (scope && 'parent' in scope && existing.data[scope.via] !== before[scope.via]) {
      existing.branchId = await branchOf(cache, table, existing.data); // re-pointed: it now lives where its new parent does
    }
    const holder = effect.t === 'cases' ? await uniqueCaseNumber(cache, existing, before['number'], conflicts) : null;
    cache.put(existing); // touched even when unchanged, so the writer pulls the merged row back
    if (holder) await cache.touch('cases', holder);
  }
  for (const { conflict, record } of conflicts) await recordConflict(cache, agent, mutation, conflict, record, hlc, now);
}

function tableOf(effect: RowEffect, agent: AuthedAgent): SyncTable {
  const table = syncTableOf(effect.t);
  if (!table || table.mode === 'server') throw new Rejection('unknownTable', `${effect.t} is not synced`);
  if (table.writers && !table.writers.includes(agent.role)) throw new Rejection('forbiddenRole', `${agent.role} cannot write ${effect.t}`);
  return table;
}

const rowSchemas = new WeakMap<SyncTable, { whole: z.ZodType; part: z.ZodType }>();

/** The strict schemas for a whole row and for some of its fields, built once per table. */
function schemasOf(table: SyncTable): { whole: z.ZodType; part: z.ZodType } {
  let schemas = rowSchemas.get(table);
  if (!schemas) rowSchemas.set(table, (schemas = { whole: table.columns.strict(), part: table.columns.partial().strict() }));
  return schemas;
}

function parseFields(table: SyncTable, effect: RowEffect, whole: boolean): Record<string, SqlValue> {
  const schema = whole ? schemasOf(table).whole : schemasOf(table).part;
  const parsed = schema.safeParse(effect.f);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Rejection('invalidRow', `${effect.t}.${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data as Record<string, SqlValue>;
}

async function newRecord(cache: RecordCache, agent: AuthedAgent, effect: RowEffect, table: SyncTable, hlc: string, deviceAgents: ReadonlySet<string>): Promise<StoredRecord> {
  const data = parseFields(table, { ...effect, f: withBranch(table, effect.f, agent) }, true);
  if (rowKey(table, data) !== effect.k) throw new Rejection('invalidRow', `${effect.t} key does not match its row`);
  await checkFields(cache, agent, effect.t, data, undefined, deviceAgents);
  const branchId = await branchOf(cache, table, data);
  if (!mayWrite(agent, branchId)) throw new Rejection('forbiddenBranch', `${effect.t} belongs to another branch`);
  const clocks = Object.fromEntries(Object.keys(data).map((field) => [field, hlc]));
  return { tbl: effect.t, pk: effect.k, branchId, data, clocks };
}

/** A new row without a branch (made on a desktop that was never told its branch) gets the writer's. */
function withBranch(table: SyncTable, fields: RowEffect['f'], agent: AuthedAgent): RowEffect['f'] {
  const scope = table.scope;
  if (scope && 'column' in scope && fields[scope.column] === null) return { ...fields, [scope.column]: agent.branchId };
  return fields;
}

async function branchOf(cache: RecordCache, table: SyncTable, data: Record<string, SqlValue>): Promise<string | null> {
  const scope = table.scope;
  if (!scope) return null;
  if ('column' in scope) return (data[scope.column] as string | null) ?? null;
  const parent = await cache.get(scope.parent, String(data[scope.via]));
  if (!parent) throw new Rejection('missingParent', `${scope.parent} ${String(data[scope.via])} does not exist`);
  return parent.branchId;
}

/**
 * The trust rules for the fields a write sets (see references.ts): the actor is the signed-in
 * agent, lead-only events come from a lead, and every reference it sets or changes names a row
 * that exists and that the writer may see. `before` is the row as stored (absent: a new row).
 */
async function checkFields(
  cache: RecordCache,
  agent: AuthedAgent,
  tbl: string,
  fields: Record<string, SqlValue>,
  before: Record<string, SqlValue> | undefined,
  deviceAgents: ReadonlySet<string>,
): Promise<void> {
  const changed = (column: string) => Object.hasOwn(fields, column) && (before === undefined || fields[column] !== before[column]);
  // The signed-in agent, or an agent who signed in through this device (an edit queued before a change of shift).
  for (const actor of [actorColumns[tbl], ...(moreActorColumns[tbl] ?? [])]) {
    if (actor && changed(actor) && fields[actor] !== null && fields[actor] !== agent.id && !deviceAgents.has(String(fields[actor]))) {
      throw new Rejection('invalidRow', `${tbl}.${actor} must be the signed-in agent`);
    }
  }
  if (tbl === 'timeline_events' && before === undefined && leadOnlyEvents.includes(String(fields['kind'])) && agent.role === 'agent' && !(await deviceLead(cache, fields['actor_id'], deviceAgents))) {
    throw new Rejection('forbiddenRole', `only a lead may record ${String(fields['kind'])}`);
  }
  if (tbl === 'policies') checkPolicyFields(agent, fields, (reason, detail) => new Rejection(reason, detail));
  if (tbl === 'approval_requests') await checkApprovalFields(cache, agent, fields, before, deviceAgents, (reason, detail) => new Rejection(reason, detail));
  if (incidentTrustTables.has(tbl)) await checkIncidentFields(cache, agent, tbl, fields, before, deviceAgents, (reason, detail) => new Rejection(reason, detail));
  if (tbl.startsWith('quality_')) await checkQualityFields(cache, agent, tbl, fields, before, (reason, detail) => new Rejection(reason, detail));
  for (const { column, parent } of references[tbl] ?? []) {
    const value = fields[column];
    if (value === null || value === undefined || !changed(column)) continue;
    const row = await cache.get(parent, String(value));
    if (!row) throw new Rejection('missingParent', `${tbl}.${column}: ${parent} ${String(value)} does not exist`);
    if (!mayWrite(agent, row.branchId)) throw new Rejection('forbiddenBranch', `${tbl}.${column}: ${parent} ${String(value)} belongs to another branch`);
  }
}

/**
 * Keeps case numbers unique: a case arriving with a number another case already has (two
 * desktops whose device codes collided) is renumbered `…-R1`, `…-R2`, … — it keeps its id, and a
 * conflict event on its timeline says which number it had and which it has now. Desktops that
 * pulled the other case never receive a second row with the same number.
 *
 * Returns the case that holds the wanted number when this one was renumbered: the caller touches
 * it after this one, so it is pulled after the renumbered row — the desktop that made the
 * duplicate renames its own row before it receives the holder (its UNIQUE(number) never trips).
 */
async function uniqueCaseNumber(cache: RecordCache, record: StoredRecord, previous: SqlValue | undefined, conflicts: { conflict: Conflict; record: StoredRecord }[]): Promise<string | null> {
  const wanted = record.data['number'];
  if (typeof wanted !== 'string' || wanted === previous) return null;
  const holder = await cache.caseWithNumber(wanted);
  let number = wanted;
  for (let n = 1; ; n++) {
    const owner = await cache.caseWithNumber(number);
    if (owner === null || owner === record.pk) break;
    number = `${wanted}-R${n}`;
  }
  if (number !== wanted) {
    record.data['number'] = number;
    conflicts.push({ record, conflict: { table: 'cases', rowKey: record.pk, field: 'number', kept: number, lost: wanted } });
  }
  cache.claimCaseNumber(number, record.pk, typeof previous === 'string' ? previous : null);
  return number !== wanted ? holder : null;
}

/** Admins write everywhere; everyone else in their own branch, and shared rows (no branch). */
export function mayWrite(agent: AuthedAgent, branchId: string | null): boolean {
  return agent.role === 'admin' || branchId === null || branchId === agent.branchId;
}

async function recordConflict(cache: RecordCache, agent: AuthedAgent, mutation: PushedMutation, conflict: Conflict, record: StoredRecord, hlc: string, now: number): Promise<void> {
  const caseId = caseOfRecord(record);
  if (!caseId) return;
  const id = conflictEventId(mutation.id, conflict);
  if (await cache.get('timeline_events', id)) return;
  const caseRecord = await cache.get('cases', caseId);
  const data = {
    id,
    case_id: caseId,
    kind: 'conflict',
    at: now,
    data: JSON.stringify({ table: conflict.table, field: conflict.field, kept: conflict.kept, lost: conflict.lost, mutation: mutation.name }),
    actor_id: agent.id,
  };
  const clocks = Object.fromEntries(Object.keys(data).map((field) => [field, hlc]));
  cache.put({ tbl: 'timeline_events', pk: id, branchId: caseRecord?.branchId ?? record.branchId, data, clocks });
}

/** A lead-only act queued by a lead or admin on this device may be pushed later under an agent's session. */
async function deviceLead(cache: RecordCache, actorId: SqlValue | undefined, deviceAgents: ReadonlySet<string>): Promise<boolean> {
  if (typeof actorId !== 'string' || !deviceAgents.has(actorId)) return false;
  const role = (await cache.get('agents', actorId))?.data['role'];
  return role === 'lead' || role === 'admin';
}
