import { incidentStates, leadOnlyIncidentEvents, type IncidentEventKind } from '../../shared/domain/incidents';
import type { AuthedAgent } from '../auth/authedAgent';
import type { SqlValue } from '../storage/serverDb';
import type { RecordCache } from './recordCache';
import type { RejectWith } from './approvalTrust';

/** Tables whose writes the rules below check (issue 18). */
export const incidentTrustTables: ReadonlySet<string> = new Set(['incidents', 'incident_events', 'proactive_contacts']);

/** The outcome columns of a proactive contact: the only ones an agent's desktop may change. */
const outcomeColumns = new Set(['outcome', 'outcome_note', 'attempts', 'worked_by', 'worked_at']);

const isLead = (role: unknown) => role === 'lead' || role === 'admin';

/**
 * The trust rules of incidents and proactive lists (issue 18):
 * - anyone of the branch reports an incident (it arrives `open`) and adds updates or cases to it
 *   (touching only its `updated_at`); what was reported is changed by a lead only;
 *   only a lead or an admin moves it on (acknowledged, resolved, closed), never back;
 * - timeline entries of those moves are a lead's: the pushing lead, or a lead who signed in on
 *   the pushing device (`actor_id`);
 * - contacts of a proactive list are put on it by a lead; an agent records outcomes only.
 */
export async function checkIncidentFields(
  cache: RecordCache,
  agent: AuthedAgent,
  tbl: string,
  fields: Record<string, SqlValue>,
  before: Record<string, SqlValue> | undefined,
  deviceAgents: ReadonlySet<string>,
  reject: RejectWith,
): Promise<void> {
  const lead = isLead(agent.role);
  if (tbl === 'incidents') {
    const state = String(Object.hasOwn(fields, 'state') ? fields['state'] : (before?.['state'] ?? 'open'));
    if (before === undefined) {
      if (state !== 'open' && !lead) throw reject('forbiddenRole', 'an incident is reported open; only a lead moves it on');
      return;
    }
    const from = incidentStates.indexOf(String(before['state']) as (typeof incidentStates)[number]);
    const to = incidentStates.indexOf(state as (typeof incidentStates)[number]);
    // An agent's desktop touches a reported incident only to say it changed (an update, a linked case).
    const rewritten = Object.keys(fields).filter((c) => c !== 'state' && c !== 'updated_at' && fields[c] !== before[c]);
    if (rewritten.length > 0 && !lead) throw reject('forbiddenRole', `only a lead changes a reported incident's ${rewritten.join(', ')}`);
    if (to === from) return;
    if (to < from) throw reject('invalidRow', 'an incident does not move back');
    if (!lead) throw reject('forbiddenRole', 'only a lead acknowledges, resolves or closes an incident');
    return;
  }
  if (tbl === 'incident_events') {
    if (before !== undefined || !leadOnlyIncidentEvents.includes(String(fields['kind']) as IncidentEventKind)) return;
    if (lead && (fields['actor_id'] === agent.id || fields['actor_id'] === null)) return;
    const actor = fields['actor_id'];
    const role = typeof actor === 'string' && deviceAgents.has(actor) ? (await cache.get('agents', actor))?.data['role'] : undefined;
    if (!isLead(role)) throw reject('forbiddenRole', `only a lead records ${String(fields['kind'])} on an incident`);
    return;
  }
  if (tbl === 'proactive_contacts') {
    if (lead) return;
    if (before === undefined) throw reject('forbiddenRole', 'a lead puts customers on a proactive list');
    const changedOther = Object.keys(fields).filter((c) => !outcomeColumns.has(c) && fields[c] !== before[c]);
    if (changedOther.length > 0) throw reject('forbiddenRole', `an agent records outcomes only (not ${changedOther.join(', ')})`);
  }
}
