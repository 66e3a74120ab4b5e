import { z } from 'zod';
import { INCIDENT_NOTE_MAX, INCIDENT_SUMMARY_MAX, INCIDENT_SUMMARY_MIN, incidentKinds, incidentMoves, type IncidentEventKind, type IncidentKind, type IncidentState } from '../domain/incidents';
import { entityId, optionalText } from './case';

/** Incidents (issue 18): what crosses IPC. */
export interface IncidentEvent {
  id: string;
  kind: IncidentEventKind;
  actorId: string | null;
  actorName: string | null;
  at: number;
  note: string;
  caseId: string | null;
  /** The linked case's number, when this desktop has the case. */
  caseNumber: string | null;
}

export interface Incident {
  id: string;
  kind: IncidentKind;
  summary: string;
  state: IncidentState;
  reportedBy: string | null;
  reporterName: string | null;
  reportedAt: number;
  updatedAt: number;
  /** How many cases are linked. */
  caseCount: number;
}

export interface IncidentDetail extends Incident {
  timeline: IncidentEvent[];
  cases: { id: string; number: string | null; subject: string | null }[];
}

const summary = optionalText(INCIDENT_SUMMARY_MAX).refine((s) => Array.from(s).length >= INCIDENT_SUMMARY_MIN, 'summaryTooShort');

export const reportIncidentInput = z.strictObject({
  kind: z.enum(incidentKinds, 'invalidChoice'),
  summary,
  /** The case on screen when the agent reported it: linked at once. */
  caseId: entityId.nullable().default(null),
});
export type ReportIncidentInput = z.input<typeof reportIncidentInput>;

export const incidentQuery = z.strictObject({ id: entityId });

export const listIncidentsQuery = z.strictObject({
  /** Open = anything not yet closed. */
  scope: z.enum(['open', 'all']).default('open'),
});

export const incidentUpdateInput = z.strictObject({
  id: entityId,
  note: optionalText(INCIDENT_NOTE_MAX).refine((s) => Array.from(s).length >= 2, 'required'),
});

export const moveIncidentInput = z.strictObject({
  id: entityId,
  move: z.enum(incidentMoves, 'invalidChoice'),
  note: optionalText(INCIDENT_NOTE_MAX).default(''),
});

/** Link by case id (from the case detail) or by case number (typed on the incident). */
export const linkIncidentCaseInput = z.union([
  z.strictObject({ id: entityId, caseId: entityId }),
  z.strictObject({ id: entityId, caseNumber: z.string().trim().min(1, 'required').max(40, 'tooLong') }),
]);

export const caseIncidentsQuery = z.strictObject({ caseId: entityId });
