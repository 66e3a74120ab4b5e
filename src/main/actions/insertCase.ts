import { v7 as uuidv7 } from 'uuid';
import { deviceCode, formatCaseNumber, localDay } from '../../shared/domain/caseNumber';
import { dueTimes } from '../../shared/domain/sla';
import type { ParsedNewCase } from '../../shared/schemas/case';
import type { WriteContext } from '../store/actor';
import { insertCaseRow, nextCaseSequence } from '../store/cases/caseInserts';
import { addEvent } from '../store/cases/timeline';
import type { WritableDB } from '../store/db';
import { agentPlacementOrThrow } from '../store/organisation/agentPlacement';
import { appendMutation, clientIdOf } from '../store/sync/outbox';
import { indexCase } from '../store/search/searchIndex';
import { recordPromisesOfNewCase } from './casePromises';
import { rulesInForceAt } from './rulesInForce';

export interface CreateContext extends WriteContext {
  branchCode: string;
  utcOffsetMinutes: number;
}

export type CaseFields = Omit<ParsedNewCase, 'customerName' | 'customerPhone' | 'customerEmail'>;

/** The case row, its number, `created` event, search entry and outbox mutation; call inside a transaction. */
/**
 * `startedAt`: when the first contact began (a call case is saved at the end of the call), from
 * which its summary due times run; the case itself is stamped with the save time.
 */
export function insertCase(db: WritableDB, customerId: string, input: CaseFields, ctx: CreateContext, startedAt: number = ctx.now): string {
  const assigneeId = input.assigneeId ?? ctx.actor.agentId;
  const assignee = assigneeId ? agentPlacementOrThrow(db, assigneeId, ctx.actor) : null;
  const day = localDay(ctx.now, ctx.utcOffsetMinutes);
  const seq = nextCaseSequence(db, day);
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
  const createdAt = Math.min(startedAt, ctx.now);
  // Issue 18: the targets and calendar in force when the first contact began, not built-in constants.
  const rules = rulesInForceAt(db, createdAt);
  const due = dueTimes({ channel: input.channel, priority: fields.priority, scenario: fields.scenario, severity: fields.severity, createdAt }, rules.slaTargets, rules.calendar);
  insertCaseRow(db, { id, number, customerId, channel: input.channel, subject: input.subject, now: ctx.now, ...fields, assignee, ...due });
  addEvent(db, { caseId: id, kind: 'created', at: ctx.now, actorId: ctx.actor.agentId });
  // Issue 17: a complaint promises its plan; a major one is escalated to the lead at once.
  recordPromisesOfNewCase(db, { caseId: id, customerId, agentId: assignee?.id ?? ctx.actor.agentId, scenario: fields.scenario, severity: fields.severity, startedAt: Math.min(startedAt, ctx.now) }, ctx);
  indexCase(db, id);
  appendMutation(
    db,
    'case.create',
    { id, number, customerId, channel: input.channel, subject: input.subject, assigneeId: assignee?.id ?? null, ...fields, responseDueAt: due.responseDueAt, resolutionDueAt: due.resolutionDueAt },
    ctx.now,
  );
  return id;
}
