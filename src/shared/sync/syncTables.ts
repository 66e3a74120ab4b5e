import { z } from 'zod';
import { caseStatuses, channels } from '../schemas/case';
import {
  categories,
  complaintSeverities,
  faultClasses,
  followUpKinds,
  followUpStates,
  kbCategories,
  priorities,
  returnKinds,
  returnReasons,
  returnSteps,
  roles,
  scenarios,
  timelineKinds,
} from '../schemas/domainTerms';
import { locales } from '../schemas/settings';
import { promiseKinds } from '../domain/promises';
import { evidenceMaxBytes, evidenceMediaTypes } from '../domain/evidenceFiles';
import { returnResolutions, returnStates } from '../domain/returnFlow';
import { incidentEventKinds, incidentKinds, incidentStates } from '../domain/incidents';
import { proactiveKinds, proactiveOutcomes } from '../domain/proactiveLists';

/**
 * Which tables of the desktop's case store sync, how, and what a value of each column may be.
 * The server validates every pushed row against these schemas before it stores it, so a pulled
 * row always satisfies the desktop's own CHECK and NOT NULL constraints.
 *
 * - `lww`: last writer wins per field, by hybrid logical clock; concurrent losers become
 *   conflict events on the case timeline.
 * - `append`: rows are only ever inserted; the same row twice is one row.
 * - `server`: written by the server (admin CLI) only, pulled by desktops.
 *
 * A row's branch (what scopes who may see and write it) is its own `branch_id` column, or its
 * parent's, found through `parent`.
 */
export type SyncMode = 'lww' | 'append' | 'server';

const text = (max = 20_000) => z.string().max(max);
const id = z.string().min(1).max(64);
const time = z.number().int().min(0).max(8.64e15);
const json = (max = 200_000) =>
  z
    .string()
    .max(max)
    .refine((s) => {
      try {
        JSON.parse(s);
        return true;
      } catch {
        return false;
      }
    }, 'not JSON');
const nullable = <T extends z.ZodType>(t: T) => t.nullable();
const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values);
const flag = z.union([z.literal(0), z.literal(1)]);
const channel = oneOf(channels);
const caseStatus = oneOf(caseStatuses);

export interface SyncTable {
  readonly mode: SyncMode;
  /** Primary-key columns; a row's key on the wire is the value, or a JSON array for several. */
  readonly pk: readonly string[];
  /** How to find the row's branch: its own column, or a parent row's. Absent: shared by all branches. */
  readonly scope?: { readonly column: string } | { readonly parent: string; readonly via: string };
  /** Roles that may write rows of this table; default: everyone. */
  readonly writers?: readonly (typeof roles)[number][];
  readonly columns: z.ZodObject<Record<string, z.ZodType>>;
}

const tables = {
  branches: {
    mode: 'server',
    pk: ['id'],
    scope: { column: 'id' },
    columns: z.object({ id, code: text(16), name: text(200) }),
  },
  teams: {
    mode: 'server',
    pk: ['id'],
    scope: { column: 'branch_id' },
    columns: z.object({ id, branch_id: id, name: text(200) }),
  },
  agents: {
    mode: 'server',
    pk: ['id'],
    scope: { column: 'branch_id' },
    columns: z.object({ id, number: text(32), name: text(200), role: oneOf(roles), branch_id: id, team_id: nullable(id), active: flag }),
  },
  customers: {
    mode: 'lww',
    pk: ['id'],
    scope: { column: 'branch_id' },
    columns: z.object({
      id,
      name: text(200),
      phone: text(40),
      created_at: time,
      updated_at: time,
      salutation: nullable(text(40)),
      email: nullable(text(320)),
      account_no: nullable(text(64)),
      id_card: nullable(text(32)),
      address: nullable(text(500)),
      birthday: nullable(text(10)),
      tags: json(5_000),
      branch_id: nullable(id),
    }),
  },
  customer_phones: {
    mode: 'lww',
    pk: ['customer_id', 'phone'],
    scope: { parent: 'customers', via: 'customer_id' },
    // Desktop schema 27: a phone taken off the customer's list is kept, marked removed (sync has no deletes).
    columns: z.object({ customer_id: id, phone: text(40), label: text(40), removed: flag.optional() }),
  },
  cases: {
    mode: 'lww',
    pk: ['id'],
    scope: { column: 'branch_id' },
    columns: z.object({
      id,
      number: text(64),
      customer_id: id,
      channel,
      status: caseStatus,
      subject: text(500),
      created_at: time,
      updated_at: time,
      scenario: oneOf(scenarios),
      category: nullable(oneOf(categories)),
      priority: oneOf(priorities),
      severity: nullable(oneOf(complaintSeverities)),
      description: text(),
      product: nullable(text(200)),
      order_no: nullable(text(64)),
      assignee_id: nullable(id),
      team_id: nullable(id),
      branch_id: nullable(id),
      response_due_at: nullable(time),
      resolution_due_at: nullable(time),
      first_response_at: nullable(time),
      resolved_at: nullable(time),
      resolution: nullable(text()),
      satisfaction: nullable(z.number().int().min(1).max(5)),
      reopen_count: z.number().int().min(0).max(10_000),
      /** Since migration 016; desktops from before it do not send it. */
      tags: json(5_000).optional(),
    }),
  },
  timeline_events: {
    mode: 'append',
    pk: ['id'],
    scope: { parent: 'cases', via: 'case_id' },
    columns: z.object({ id, case_id: id, kind: oneOf(timelineKinds), at: time, data: json(), actor_id: nullable(id) }),
  },
  calls: {
    mode: 'lww',
    pk: ['id'],
    scope: { parent: 'cases', via: 'case_id' },
    columns: z.object({
      id,
      case_id: id,
      agent_id: nullable(id),
      channel,
      started_at: time,
      ended_at: nullable(time),
      talk_seconds: z.number().int().min(0).max(10 ** 7),
      acw_seconds: z.number().int().min(0).max(10 ** 7),
      disposition: nullable(text(64)),
      stages: json(),
      /** Desktop schema 21: the call's append-only history of acts, and how identity was checked. */
      history: json().optional(),
      verification: nullable(json(2_000)).optional(),
      /**
       * Desktop schema 22, synced from 37: what the call's telephony events said (the softphone's call
       * id, ring and answer, total hold time and holds, when a solution was told), so the lead who
       * scores the call on another desktop sees its holds. Absent from older desktops.
       */
      call_ref: nullable(text(64)).optional(),
      ring_at: nullable(time).optional(),
      answered_at: nullable(time).optional(),
      hold_seconds: z.number().int().min(0).max(10 ** 7).optional(),
      hold_count: z.number().int().min(0).max(10 ** 5).optional(),
      solution_at: nullable(time).optional(),
    }),
  },
  follow_ups: {
    mode: 'lww',
    pk: ['id'],
    scope: { parent: 'cases', via: 'case_id' },
    columns: z.object({
      id,
      case_id: id,
      customer_id: nullable(id),
      agent_id: nullable(id),
      kind: oneOf(followUpKinds),
      due_at: time,
      state: oneOf(followUpStates),
      done_at: nullable(time),
      note: text(),
      created_at: time,
      // Issue 17 (promises kept): what the follow-up promised; absent from desktops before migration 025.
      promise: nullable(oneOf(promiseKinds)).optional(),
    }),
  },
  case_replies: {
    mode: 'append',
    pk: ['id'],
    scope: { parent: 'cases', via: 'case_id' },
    columns: z.object({
      id,
      case_id: id,
      channel: z.enum(['chat', 'email']),
      body: text(10_000).min(1),
      sent_at: time,
      agent_id: nullable(id),
      template_id: nullable(text(40)),
      external_id: nullable(text(200)),
      created_at: time,
    }),
  },
  surveys: {
    mode: 'append',
    pk: ['id'],
    scope: { parent: 'cases', via: 'case_id' },
    columns: z.object({ id, case_id: id, call_id: nullable(id), score: z.number().int().min(1).max(5), comment: text(), at: time }),
  },
  returns: {
    mode: 'lww',
    pk: ['id'],
    scope: { parent: 'cases', via: 'case_id' },
    columns: z.object({
      id,
      case_id: id,
      kind: oneOf(returnKinds),
      reason: oneOf(returnReasons),
      purchased_at: nullable(time),
      cost_bearer: nullable(z.enum(['merchant', 'customer', 'special'])),
      method: nullable(text(64)),
      address: nullable(text(500)),
      step: oneOf(returnSteps),
      created_at: time,
      updated_at: time,
      state: oneOf(returnStates).default('open'),
      tracking_number: nullable(text(40)).default(null),
      resolution: nullable(oneOf(returnResolutions)).default(null),
    }),
  },
  return_steps: {
    mode: 'append',
    pk: ['id'],
    scope: { parent: 'returns', via: 'return_id' },
    columns: z.object({ id, return_id: id, step: oneOf(returnSteps), at: time, due_at: nullable(time), note: text() }),
  },
  fault_diagnoses: {
    mode: 'lww',
    pk: ['id'],
    scope: { parent: 'cases', via: 'case_id' },
    columns: z.object({
      id,
      case_id: id,
      symptoms: text(),
      fault_class: nullable(oneOf(faultClasses)),
      steps_tried: json(),
      root_cause: nullable(text()),
      remedy: nullable(text()),
      remedy_kind: nullable(z.enum(['fix', 'workaround'])),
      needs_visit: flag,
      needs_factory_return: flag,
      created_at: time,
      updated_at: time,
    }),
  },
  audit_log: {
    mode: 'append',
    pk: ['id'],
    scope: { column: 'branch_id' },
    columns: z.object({
      id,
      at: time,
      actor_id: nullable(id),
      action: text(64),
      entity: text(64),
      entity_id: id,
      field: nullable(text(64)),
      reason: nullable(text(2_000)),
      data: json(),
      branch_id: nullable(id),
    }),
  },
  kb_articles: {
    mode: 'lww',
    pk: ['id'],
    writers: ['lead', 'admin'],
    columns: z.object({
      id,
      category: oneOf(kbCategories),
      locale: oneOf(locales),
      version: z.number().int().min(1),
      title: text(500),
      body: text(100_000),
      tags: json(5_000),
      updated_at: time,
      updated_by: nullable(id),
    }),
  },
  visit_bookings: {
    mode: 'lww',
    pk: ['id'],
    scope: { parent: 'cases', via: 'case_id' },
    columns: z.object({
      id,
      case_id: id,
      engineer: text(100),
      day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      time_slot: text(40),
      address: text(500),
      duration_minutes: z.number().int().min(15).max(720),
      created_at: time,
    }),
  },
  /** Evidence rows are kept for good; `removed_at`/`removed_by` (desktop migration 029) mark one taken off the case. */
  case_evidence: {
    mode: 'lww',
    pk: ['id'],
    scope: { parent: 'cases', via: 'case_id' },
    columns: z.object({
      id,
      case_id: id,
      file_name: text(200),
      media_type: oneOf(evidenceMediaTypes),
      size_bytes: z.number().int().min(1).max(evidenceMaxBytes),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      added_by: nullable(id),
      added_at: time,
      removed_at: nullable(time),
      removed_by: nullable(id),
    }),
  },
  kb_article_versions: {
    mode: 'append',
    pk: ['article_id', 'version'],
    writers: ['lead', 'admin'],
    columns: z.object({
      article_id: id,
      version: z.number().int().min(1),
      title: text(500),
      body: text(100_000),
      edited_at: time,
      edited_by: nullable(id),
    }),
  },
  /** Issue 17: approvals while the customer waits (desktop migration 026); the decision fields are a lead's (server: references.ts). */
  approval_requests: {
    mode: 'lww',
    pk: ['id'],
    scope: { column: 'branch_id' },
    columns: z.object({
      id,
      /** The call draft's id (a call in progress, not a `calls` row). */
      call_ref: id,
      case_id: nullable(id),
      branch_id: nullable(id),
      team_id: nullable(id),
      agent_id: nullable(id),
      customer: text(200),
      remedy: nullable(text(40)),
      summary: text(4_000),
      requested_at: time,
      state: z.enum(['pending', 'granted', 'denied']),
      decided_by: nullable(id),
      decided_at: nullable(time),
      decided_via: nullable(z.enum(['live', 'shoulder'])),
      reason: text(2_000),
    }),
  },
  /** Issue 18: incidents (desktop migration 033); the moves beyond open are a lead's (server: incidentTrust.ts). */
  incidents: {
    mode: 'lww',
    pk: ['id'],
    scope: { column: 'branch_id' },
    columns: z.object({
      id,
      branch_id: nullable(id),
      team_id: nullable(id),
      kind: oneOf(incidentKinds),
      summary: text(2_000),
      state: oneOf(incidentStates),
      reported_by: nullable(id),
      reported_at: time,
      updated_at: time,
    }),
  },
  /** Issue 18: an incident's timeline, append-only; acknowledged/resolved/closed are a lead's. */
  incident_events: {
    mode: 'append',
    pk: ['id'],
    scope: { parent: 'incidents', via: 'incident_id' },
    columns: z.object({
      id,
      incident_id: id,
      kind: oneOf(incidentEventKinds),
      actor_id: nullable(id),
      at: time,
      note: text(4_000),
      case_id: nullable(id),
    }),
  },
  /** Issue 18: a lead's list of customers to contact. */
  proactive_lists: {
    mode: 'lww',
    pk: ['id'],
    scope: { column: 'branch_id' },
    writers: ['lead', 'admin'],
    columns: z.object({
      id,
      branch_id: nullable(id),
      team_id: nullable(id),
      kind: oneOf(proactiveKinds),
      name: text(200),
      script: text(8_000),
      source: z.enum(['filter', 'file']),
      state: z.enum(['open', 'closed']),
      created_by: nullable(id),
      created_at: time,
    }),
  },
  /** Issue 18: one customer of a proactive list and the latest outcome; agents write the outcome only (server: incidentTrust.ts). */
  proactive_contacts: {
    mode: 'lww',
    pk: ['id'],
    scope: { parent: 'proactive_lists', via: 'list_id' },
    columns: z.object({
      id,
      list_id: id,
      customer_id: nullable(id),
      name: text(200),
      phone: text(40),
      note: text(2_000),
      position: z.number().int().min(0),
      outcome: nullable(oneOf(proactiveOutcomes)),
      outcome_note: text(2_000),
      attempts: z.number().int().min(0),
      worked_by: nullable(id),
      worked_at: nullable(time),
    }),
  },
  /**
   * Issue 18: published policy versions (desktop migrations 031, 038), shared by every branch.
   * Admins publish any; a lead a team-scoped kind for their own team only, and the server checks the
   * body against its kind (server/sync/policyTrust.ts).
   */
  policies: {
    mode: 'append',
    pk: ['id'],
    writers: ['lead', 'admin'],
    columns: z.object({
      id,
      kind: z.enum(['slaTargets', 'businessCalendar', 'stageGates', 'scripts', 'phrases', 'dispositions', 'authorityLimits']),
      version: z.number().int().min(2).max(1_000_000),
      effective_from: time,
      body: json(),
      note: text(500),
      author_id: nullable(id),
      created_at: time,
      /** Desktop schema 38: the one team it applies to (teamScopedKinds), null or absent (older desktops) every team. */
      team_id: nullable(id).optional(),
    }),
  },
  /** Quality evaluation (issue 18, desktop schema 32): scorecard versions, shared; leads and admins write them. */
  quality_scorecards: {
    mode: 'lww',
    pk: ['id'],
    writers: ['lead', 'admin'],
    columns: z.object({ id, version: z.number().int().min(1).max(10_000), effective_from: time, criteria: json(100_000), created_by: nullable(id), created_at: time }),
  },
  /** A lead's scores for one call; the evaluated agent moves `state` (server/sync/qualityTrust.ts). */
  quality_evaluations: {
    mode: 'lww',
    pk: ['id'],
    scope: { parent: 'cases', via: 'case_id' },
    columns: z.object({
      id,
      call_id: id,
      case_id: id,
      evaluated_agent_id: nullable(id),
      scored_by: nullable(id),
      scorecard_id: id,
      scorecard_version: z.number().int().min(1).max(10_000),
      marks: json(100_000),
      score: nullable(z.number().min(0).max(100)),
      state: z.enum(['scored', 'acknowledged', 'disputed', 'answered']),
      scored_at: time,
      updated_at: time,
    }),
  },
  quality_evaluation_events: {
    mode: 'append',
    pk: ['id'],
    scope: { parent: 'quality_evaluations', via: 'evaluation_id' },
    columns: z.object({
      id,
      evaluation_id: id,
      kind: z.enum(['scored', 'rescored', 'acknowledged', 'disputed', 'answered']),
      actor_id: nullable(id),
      at: time,
      comment: text(2_000),
    }),
  },
  quality_actions: {
    mode: 'lww',
    pk: ['id'],
    scope: { parent: 'quality_evaluations', via: 'evaluation_id' },
    writers: ['lead', 'admin'],
    columns: z.object({
      id,
      evaluation_id: id,
      criterion_id: nullable(text(64)),
      text: text(1_000),
      due_at: time,
      state: z.enum(['open', 'done']),
      created_by: nullable(id),
      created_at: time,
      done_at: nullable(time),
    }),
  },
} as const satisfies Record<string, SyncTable>;

export type SyncTableName = keyof typeof tables;
export const syncTables: Readonly<Record<SyncTableName, SyncTable>> = tables;
export const syncTableNames = Object.keys(tables) as SyncTableName[];

/** Tables a desktop may push rows for (server tables are pulled only). */
export const pushableTables = syncTableNames.filter((name) => syncTables[name].mode !== 'server');

export function isSyncTable(name: string): name is SyncTableName {
  return Object.hasOwn(tables, name);
}

export function syncTableOf(name: string): SyncTable | undefined {
  return isSyncTable(name) ? syncTables[name] : undefined;
}

/** A row's key on the wire: the single key value, or a JSON array of several. */
export function rowKey(table: SyncTable, row: Record<string, unknown>): string {
  return table.pk.length === 1 ? String(row[table.pk[0]!]) : JSON.stringify(table.pk.map((c) => row[c]));
}
