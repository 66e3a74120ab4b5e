/**
 * What the server checks in a pushed row beyond its column types (the trust rules):
 *
 * - `references`: every column that points at another synced row. A pushed value must name a row
 *   that exists and that the writer may see (their branch, or shared; admins all), or the mutation
 *   is rejected (`missingParent` / `forbiddenBranch`); this holds for a re-pointed row as much as
 *   for a new one, so a row can never be moved under another branch's case, customer or return.
 * - `actorColumns`: the column that says who did it. A pushed value other than null must be the
 *   signed-in agent's id: a mismatch is refused (`invalidRow`), never silently rewritten, so the
 *   desktop's copy and the server's never disagree about who did something.
 * - `leadOnlyEvents`: timeline events only a lead or admin may record (`forbiddenRole`).
 */
export interface Reference {
  readonly column: string;
  readonly parent: string;
}

export const references: Readonly<Record<string, readonly Reference[]>> = {
  customer_phones: [{ column: 'customer_id', parent: 'customers' }],
  cases: [
    { column: 'customer_id', parent: 'customers' },
    { column: 'assignee_id', parent: 'agents' },
    { column: 'team_id', parent: 'teams' },
  ],
  timeline_events: [{ column: 'case_id', parent: 'cases' }],
  calls: [{ column: 'case_id', parent: 'cases' }],
  case_replies: [{ column: 'case_id', parent: 'cases' }],
  follow_ups: [
    { column: 'case_id', parent: 'cases' },
    { column: 'customer_id', parent: 'customers' },
  ],
  surveys: [
    { column: 'case_id', parent: 'cases' },
    { column: 'call_id', parent: 'calls' },
  ],
  returns: [{ column: 'case_id', parent: 'cases' }],
  return_steps: [{ column: 'return_id', parent: 'returns' }],
  fault_diagnoses: [{ column: 'case_id', parent: 'cases' }],
  visit_bookings: [{ column: 'case_id', parent: 'cases' }],
  case_evidence: [{ column: 'case_id', parent: 'cases' }],
  kb_article_versions: [{ column: 'article_id', parent: 'kb_articles' }],
  approval_requests: [
    { column: 'case_id', parent: 'cases' },
    { column: 'team_id', parent: 'teams' },
  ],
  // Issue 18: incidents and proactive lists.
  incidents: [{ column: 'team_id', parent: 'teams' }],
  incident_events: [
    { column: 'incident_id', parent: 'incidents' },
    { column: 'case_id', parent: 'cases' },
  ],
  proactive_lists: [{ column: 'team_id', parent: 'teams' }],
  proactive_contacts: [
    { column: 'list_id', parent: 'proactive_lists' },
    { column: 'customer_id', parent: 'customers' },
  ],
  quality_evaluations: [
    { column: 'case_id', parent: 'cases' },
    { column: 'call_id', parent: 'calls' },
    { column: 'evaluated_agent_id', parent: 'agents' },
  ],
  quality_evaluation_events: [{ column: 'evaluation_id', parent: 'quality_evaluations' }],
  policies: [{ column: 'team_id', parent: 'teams' }],
  quality_actions: [{ column: 'evaluation_id', parent: 'quality_evaluations' }],
};

export const actorColumns: Readonly<Record<string, string>> = {
  timeline_events: 'actor_id',
  calls: 'agent_id',
  follow_ups: 'agent_id',
  case_replies: 'agent_id',
  audit_log: 'actor_id',
  kb_articles: 'updated_by',
  kb_article_versions: 'edited_by',
  approval_requests: 'agent_id',
  case_evidence: 'added_by',
  incidents: 'reported_by',
  incident_events: 'actor_id',
  proactive_lists: 'created_by',
  proactive_contacts: 'worked_by',
  policies: 'author_id',
  quality_scorecards: 'created_by',
  quality_evaluations: 'scored_by',
  quality_evaluation_events: 'actor_id',
  quality_actions: 'created_by',
};

/** Further actor columns of a table: each, when a write sets it, must name the signed-in agent (or one of the device's). */
export const moreActorColumns: Readonly<Record<string, readonly string[]>> = {
  case_evidence: ['removed_by'],
};

/** Approval decisions; later also policy changes and quality scores. */
export const leadOnlyEvents: readonly string[] = ['approvalGranted', 'approvalDenied', 'alertAcknowledged'];
