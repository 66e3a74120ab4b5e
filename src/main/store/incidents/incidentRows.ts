import type { IncidentEventKind, IncidentKind, IncidentState } from '../../../shared/domain/incidents';
import type { Incident, IncidentDetail, IncidentEvent } from '../../../shared/schemas/incidents';
import { statement, type ReadableDB, type WritableDB } from '../db';

/** The only SQL for `incidents` and `incident_events` (migration 033). */

export interface NewIncident {
  id: string;
  branchId: string | null;
  teamId: string | null;
  kind: IncidentKind;
  summary: string;
  reportedBy: string | null;
  reportedAt: number;
}

export function insertIncident(db: WritableDB, row: NewIncident): void {
  statement(
    db,
    `INSERT INTO incidents (id, branch_id, team_id, kind, summary, state, reported_by, reported_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'open', ?, ?, ?)`,
  ).run(row.id, row.branchId, row.teamId, row.kind, row.summary, row.reportedBy, row.reportedAt, row.reportedAt);
}

/** Moves an incident from the state it was read in; false when it moved meanwhile (here or pulled). */
export function setIncidentState(db: WritableDB, id: string, from: IncidentState, to: IncidentState, at: number): boolean {
  return statement(db, 'UPDATE incidents SET state = ?, updated_at = ? WHERE id = ? AND state = ?').run(to, at, id, from).changes > 0;
}

export function touchIncident(db: WritableDB, id: string, at: number): void {
  statement(db, 'UPDATE incidents SET updated_at = max(updated_at, ?) WHERE id = ?').run(at, id);
}

export interface NewIncidentEvent {
  id: string;
  incidentId: string;
  kind: IncidentEventKind;
  actorId: string | null;
  at: number;
  note: string;
  caseId: string | null;
}

export function insertIncidentEvent(db: WritableDB, row: NewIncidentEvent): void {
  statement(db, 'INSERT INTO incident_events (id, incident_id, kind, actor_id, at, note, case_id) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    row.id,
    row.incidentId,
    row.kind,
    row.actorId,
    row.at,
    row.note,
    row.caseId,
  );
}

export function incidentHasCase(db: ReadableDB, incidentId: string, caseId: string): boolean {
  return statement(db, "SELECT 1 FROM incident_events WHERE incident_id = ? AND kind = 'caseLinked' AND case_id = ?").get(incidentId, caseId) !== undefined;
}

interface Row {
  id: string;
  branch_id: string | null;
  team_id: string | null;
  kind: IncidentKind;
  summary: string;
  state: IncidentState;
  reported_by: string | null;
  reporter_name: string | null;
  reported_at: number;
  updated_at: number;
  case_count: number;
}

const SELECT = `SELECT i.*, a.name AS reporter_name,
    (SELECT count(DISTINCT e.case_id) FROM incident_events e WHERE e.incident_id = i.id AND e.kind = 'caseLinked') AS case_count
  FROM incidents i LEFT JOIN agents a ON a.id = i.reported_by`;

function incidentOf(row: Row): Incident {
  return {
    id: row.id,
    kind: row.kind,
    summary: row.summary,
    state: row.state,
    reportedBy: row.reported_by,
    reporterName: row.reporter_name,
    reportedAt: row.reported_at,
    updatedAt: row.updated_at,
    caseCount: row.case_count,
  };
}

export function incidentById(db: ReadableDB, id: string): (Incident & { branchId: string | null; teamId: string | null }) | undefined {
  const row = statement(db, `${SELECT} WHERE i.id = ?`).get(id) as Row | undefined;
  return row && { ...incidentOf(row), branchId: row.branch_id, teamId: row.team_id };
}

/** Incidents newest first: those not closed (`open`), or all; a branch's only when `branchId` is given. */
export function listIncidents(db: ReadableDB, scope: 'open' | 'all', branchId: string | null, limit = 200): Incident[] {
  const rows = statement(
    db,
    `${SELECT} WHERE (? = 'all' OR i.state <> 'closed') AND (? IS NULL OR i.branch_id IS NULL OR i.branch_id = ?)
     ORDER BY i.reported_at DESC, i.id DESC LIMIT ?`,
  ).all(scope, branchId, branchId, limit) as Row[];
  return rows.map(incidentOf);
}

interface EventRow {
  id: string;
  kind: IncidentEventKind;
  actor_id: string | null;
  actor_name: string | null;
  at: number;
  note: string;
  case_id: string | null;
  case_number: string | null;
}

export function incidentTimeline(db: ReadableDB, incidentId: string): IncidentEvent[] {
  const rows = statement(
    db,
    `SELECT e.*, a.name AS actor_name, c.number AS case_number FROM incident_events e
     LEFT JOIN agents a ON a.id = e.actor_id LEFT JOIN cases c ON c.id = e.case_id
     WHERE e.incident_id = ? ORDER BY e.at, e.rowid`,
  ).all(incidentId) as EventRow[];
  return rows.map((r) => ({ id: r.id, kind: r.kind, actorId: r.actor_id, actorName: r.actor_name, at: r.at, note: r.note, caseId: r.case_id, caseNumber: r.case_number }));
}

export function incidentCases(db: ReadableDB, incidentId: string): IncidentDetail['cases'] {
  return statement(
    db,
    `SELECT e.case_id AS id, c.number AS number, c.subject AS subject FROM incident_events e LEFT JOIN cases c ON c.id = e.case_id
     WHERE e.incident_id = ? AND e.kind = 'caseLinked' GROUP BY e.case_id ORDER BY min(e.at)`,
  ).all(incidentId) as IncidentDetail['cases'];
}

/** The incidents a case is linked to, newest first. */
export function incidentsOfCase(db: ReadableDB, caseId: string): Incident[] {
  const rows = statement(
    db,
    `${SELECT} WHERE i.id IN (SELECT incident_id FROM incident_events WHERE kind = 'caseLinked' AND case_id = ?) ORDER BY i.reported_at DESC`,
  ).all(caseId) as Row[];
  return rows.map(incidentOf);
}

/** A case's id by its number (linking a case typed on the incident). */
export function caseIdByNumber(db: ReadableDB, number: string): string | undefined {
  return (statement(db, 'SELECT id FROM cases WHERE number = ?').get(number) as { id: string } | undefined)?.id;
}

/** Incidents reported in [from, to) and how many of them reached resolved or closed: for the team view. */
export function incidentCounts(db: ReadableDB, from: number, to: number, branchId: string | null): { reported: number; open: number; resolved: number } {
  return statement(
    db,
    `SELECT count(*) AS reported, coalesce(sum(state IN ('open', 'acknowledged')), 0) AS open, coalesce(sum(state IN ('resolved', 'closed')), 0) AS resolved
     FROM incidents WHERE reported_at >= ? AND reported_at < ? AND (? IS NULL OR branch_id IS NULL OR branch_id = ?)`,
  ).get(from, to, branchId, branchId) as { reported: number; open: number; resolved: number };
}
