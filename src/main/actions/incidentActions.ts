import { v7 as uuidv7 } from 'uuid';
import { incidentMoveTarget, incidentTakesUpdates, mayMoveIncident, type IncidentMove } from '../../shared/domain/incidents';
import { AppError } from '../../shared/result';
import type { IncidentDetail } from '../../shared/schemas/incidents';
import type { Actor, WriteContext } from '../store/actor';
import { caseExists } from '../store/cases/caseReads';
import type { ReadableDB, WritableDB } from '../store/db';
import { caseIdByNumber, incidentById, incidentCases, incidentHasCase, incidentTimeline, insertIncident, insertIncidentEvent, setIncidentState, touchIncident } from '../store/incidents/incidentRows';
import { agentPlaceOf } from '../store/organisation/organisationReads';
import { appendMutation } from '../store/sync/outbox';

/**
 * Incidents (issue 18). Each act is ONE transaction: the incident row, its timeline entry and the
 * outbox mutation, so the next sync carries them and the server alerts the branch's leads.
 */

export function placeOf(db: ReadableDB, actor: Actor): { branchId: string | null; teamId: string | null } {
  const known = actor.agentId ? agentPlaceOf(db, actor.agentId) : undefined;
  if (known) return { branchId: known.branch_id, teamId: known.team_id };
  return { branchId: actor.placement?.branchId ?? null, teamId: actor.placement?.teamId ?? null };
}

export function incidentDetail(db: ReadableDB, id: string): IncidentDetail {
  const incident = incidentById(db, id);
  if (!incident) throw new AppError('not_found', `no incident ${id}`);
  const { branchId: _b, teamId: _t, ...shown } = incident;
  return { ...shown, timeline: incidentTimeline(db, id), cases: incidentCases(db, id) };
}

export function reportIncident(db: WritableDB, input: { kind: IncidentDetail['kind']; summary: string; caseId: string | null }, ctx: WriteContext): IncidentDetail {
  const id = uuidv7();
  db.transaction(() => {
    if (input.caseId !== null && !caseExists(db, input.caseId)) throw new AppError('not_found', `no case ${input.caseId}`, [{ path: 'caseId', key: 'unknownCase' }]);
    const place = placeOf(db, ctx.actor);
    insertIncident(db, { id, ...place, kind: input.kind, summary: input.summary, reportedBy: ctx.actor.agentId, reportedAt: ctx.now });
    insertIncidentEvent(db, { id: uuidv7(), incidentId: id, kind: 'opened', actorId: ctx.actor.agentId, at: ctx.now, note: input.summary, caseId: null });
    if (input.caseId !== null) insertIncidentEvent(db, { id: uuidv7(), incidentId: id, kind: 'caseLinked', actorId: ctx.actor.agentId, at: ctx.now, note: '', caseId: input.caseId });
    appendMutation(db, 'incident.report', { id, kind: input.kind, caseId: input.caseId }, ctx.now);
  })();
  return incidentDetail(db, id);
}

function openIncident(db: ReadableDB, id: string) {
  const incident = incidentById(db, id);
  if (!incident) throw new AppError('not_found', `no incident ${id}`);
  return incident;
}

/** Anyone of the branch adds what they learn, until the incident is closed. */
export function addIncidentUpdate(db: WritableDB, input: { id: string; note: string }, ctx: WriteContext): IncidentDetail {
  db.transaction(() => {
    const incident = openIncident(db, input.id);
    if (!incidentTakesUpdates(incident.state)) throw new AppError('invalid_transition', 'a closed incident takes no more updates');
    insertIncidentEvent(db, { id: uuidv7(), incidentId: input.id, kind: 'update', actorId: ctx.actor.agentId, at: ctx.now, note: input.note, caseId: null });
    touchIncident(db, input.id, ctx.now);
    appendMutation(db, 'incident.update', { id: input.id }, ctx.now);
  })();
  return incidentDetail(db, input.id);
}

/** A lead (or admin) acknowledges, resolves or closes; an agent gets `forbidden`, a move that does not apply `invalid_transition`. */
export function moveIncident(db: WritableDB, input: { id: string; move: IncidentMove; note: string }, ctx: WriteContext): IncidentDetail {
  if (!mayMoveIncident(ctx.actor.role)) throw new AppError('forbidden', 'only a team lead or an administrator acknowledges, resolves or closes an incident');
  db.transaction(() => {
    const incident = openIncident(db, input.id);
    const target = incidentMoveTarget(incident.state, input.move);
    if (!target) throw new AppError('invalid_transition', `an incident that is ${incident.state} cannot be ${input.move}d`);
    if (!setIncidentState(db, input.id, incident.state, target.to, ctx.now)) throw new AppError('conflict', `incident ${input.id} changed meanwhile`);
    insertIncidentEvent(db, { id: uuidv7(), incidentId: input.id, kind: target.event, actorId: ctx.actor.agentId, at: ctx.now, note: input.note, caseId: null });
    appendMutation(db, `incident.${input.move}`, { id: input.id }, ctx.now);
  })();
  return incidentDetail(db, input.id);
}

/** Links a case (by id from the case detail, or by the number typed on the incident); linking it twice changes nothing. */
export function linkIncidentCase(db: WritableDB, input: { id: string; caseId: string } | { id: string; caseNumber: string }, ctx: WriteContext): IncidentDetail {
  db.transaction(() => {
    const incident = openIncident(db, input.id);
    if (!incidentTakesUpdates(incident.state)) throw new AppError('invalid_transition', 'a closed incident takes no more cases');
    const caseId = 'caseId' in input ? (caseExists(db, input.caseId) ? input.caseId : undefined) : caseIdByNumber(db, input.caseNumber);
    if (caseId === undefined) throw new AppError('not_found', 'no such case', [{ path: 'caseId' in input ? 'caseId' : 'caseNumber', key: 'unknownCase' }]);
    if (incidentHasCase(db, input.id, caseId)) return;
    insertIncidentEvent(db, { id: uuidv7(), incidentId: input.id, kind: 'caseLinked', actorId: ctx.actor.agentId, at: ctx.now, note: '', caseId });
    touchIncident(db, input.id, ctx.now);
    appendMutation(db, 'incident.linkCase', { id: input.id, caseId }, ctx.now);
  })();
  return incidentDetail(db, input.id);
}
