import type { SqlValue } from '../../src/main/store/bulkLoad/batchInsert';

/** The tables demo data fills in bulk, with the columns in the order generators give values. */
export const demoColumns = {
  customers: ['id', 'name', 'phone', 'created_at', 'updated_at', 'salutation', 'email', 'account_no', 'id_card', 'address', 'birthday', 'tags', 'branch_id'],
  customer_phones: ['customer_id', 'phone', 'label'],
  cases: [
    'id', 'number', 'customer_id', 'channel', 'status', 'subject', 'created_at', 'updated_at', 'scenario', 'category', 'priority', 'severity', 'description',
    'product', 'order_no', 'assignee_id', 'team_id', 'branch_id', 'response_due_at', 'resolution_due_at', 'first_response_at', 'resolved_at', 'resolution',
    'satisfaction', 'reopen_count',
  ],
  timeline_events: ['id', 'case_id', 'kind', 'at', 'data', 'actor_id'],
  calls: ['id', 'case_id', 'agent_id', 'channel', 'started_at', 'ended_at', 'talk_seconds', 'acw_seconds', 'disposition', 'stages'],
  follow_ups: ['id', 'case_id', 'customer_id', 'agent_id', 'kind', 'due_at', 'state', 'done_at', 'note', 'created_at'],
  surveys: ['id', 'case_id', 'call_id', 'score', 'comment', 'at'],
  returns: ['id', 'case_id', 'kind', 'reason', 'purchased_at', 'cost_bearer', 'method', 'address', 'step', 'created_at', 'updated_at'],
  return_steps: ['id', 'return_id', 'step', 'at', 'due_at', 'note'],
  fault_diagnoses: ['id', 'case_id', 'symptoms', 'fault_class', 'steps_tried', 'root_cause', 'remedy', 'remedy_kind', 'needs_visit', 'needs_factory_return', 'created_at', 'updated_at'],
  audit_log: ['id', 'at', 'actor_id', 'action', 'entity', 'entity_id', 'field', 'reason', 'data'],
  // Issue 17's tables: chat and email replies, approvals asked during calls, engineer visits, complaint evidence (metadata).
  case_replies: ['id', 'case_id', 'channel', 'body', 'sent_at', 'agent_id', 'template_id', 'external_id', 'created_at'],
  approval_requests: [
    'id', 'call_ref', 'case_id', 'branch_id', 'team_id', 'agent_id', 'customer', 'remedy', 'summary', 'requested_at', 'state', 'decided_by', 'decided_at', 'decided_via', 'reason',
  ],
  visit_bookings: ['id', 'case_id', 'engineer', 'day', 'time_slot', 'address', 'duration_minutes', 'created_at'],
  case_evidence: ['id', 'case_id', 'file_name', 'media_type', 'size_bytes', 'sha256', 'added_by', 'added_at'],
} as const;

export type DemoTable = keyof typeof demoColumns;

/** Where generators put rows: one function per table taking the values in `demoColumns` order. */
export type DemoSink = Record<DemoTable, (...values: SqlValue[]) => void>;

/** The tables written once before the cases (organisation, knowledge base, case-number sequences), with their columns. */
export const setupColumns = {
  branches: ['id', 'code', 'name'],
  teams: ['id', 'branch_id', 'name'],
  agents: ['id', 'number', 'name', 'role', 'branch_id', 'team_id', 'active'],
  kb_articles: ['id', 'category', 'locale', 'version', 'title', 'body', 'tags', 'updated_at', 'updated_by'],
  kb_article_versions: ['article_id', 'version', 'title', 'body', 'edited_at', 'edited_by'],
  scripts: ['id', 'scenario', 'locale', 'version', 'body', 'updated_at'],
  script_versions: ['script_id', 'version', 'body', 'edited_at', 'edited_by'],
  case_number_seq: ['day', 'last'],
} as const;

export type SetupTable = keyof typeof setupColumns;
