import type { ComplaintSeverity, Scenario } from '../schemas/domainTerms';
import { promisesOfNewCase } from './promises';

/**
 * Whether saving a new case with these terms alerts the team lead at once (issue 17): exactly
 * when the case is escalated to the lead from the start (a major complaint, promises.ts). The
 * desktop then pushes the save at once instead of waiting for the next sync.
 */
export function newCaseAlertsLead(c: { scenario?: Scenario | undefined; severity?: ComplaintSeverity | null | undefined }): boolean {
  return promisesOfNewCase({ scenario: c.scenario ?? 'consultation', severity: c.severity ?? null, startedAt: 0, recordedAt: 0 }).leadEscalation !== null;
}
