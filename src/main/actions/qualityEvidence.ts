import { checklistOfRecord } from '../../shared/domain/callChecklist';
import { clockOutcome, type CallEvidence, type ClockEvidence } from '../../shared/domain/quality/evidence';
import { prefillMarks } from '../../shared/domain/quality/prefill';
import { scorecardAt } from '../../shared/domain/quality/scorecard';
import { AppError } from '../../shared/result';
import { callStages } from '../../shared/schemas/domainTerms';
import { verificationMethods, type VerificationMethod } from '../../shared/schemas/callDraft';
import type { CallForScoring } from '../../shared/schemas/quality';
import type { LeadScope } from '../reports/reportAccess';
import { callEvidenceRow, keptPhrasesOfCall, type CallEvidenceRow } from '../store/calls/callQualityReads';
import type { ReadableDB } from '../store/db';
import { agentPlaceOf } from '../store/organisation/organisationReads';
import { savedScorecards } from '../store/quality/scorecardRows';
import { evaluationDetail } from './qualityEvaluations';

const parseList = (text: string): unknown[] => {
  try {
    const parsed = JSON.parse(text) as unknown;
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
};

function verificationOf(text: string | null): CallEvidence['verification'] {
  if (!text) return null;
  try {
    const v = JSON.parse(text) as { method?: unknown; at?: unknown };
    if (typeof v.method === 'string' && (verificationMethods as readonly string[]).includes(v.method) && typeof v.at === 'number') return { method: v.method as VerificationMethod, at: v.at };
  } catch {
    // unreadable: as if not recorded
  }
  return null;
}

/** What a saved call left as evidence, read from its row, its history, its case's clocks, survey and kept phrases. */
export function evidenceOf(row: CallEvidenceRow, kept: CallEvidence['phraseFlags'], now: number): CallEvidence {
  const stages = parseList(row.stages) as { stage?: string; completedAt?: number }[];
  const history = parseList(row.history) as { act?: string; stage?: string }[];
  const clocks: ClockEvidence[] = [];
  if (row.response_due_at !== null) clocks.push({ clock: 'response', dueAt: row.response_due_at, doneAt: row.first_response_at, outcome: clockOutcome(row.response_due_at, row.first_response_at, now) });
  if (row.resolution_due_at !== null) clocks.push({ clock: 'resolution', dueAt: row.resolution_due_at, doneAt: row.resolved_at, outcome: clockOutcome(row.resolution_due_at, row.resolved_at, now) });
  const count = (act: string) => history.filter((a) => a.act === act).length;
  return {
    callId: row.id,
    caseId: row.case_id,
    caseNumber: row.case_number,
    subject: row.subject,
    scenario: row.scenario,
    channel: row.channel,
    agentId: row.agent_id,
    agentName: row.agent_name,
    startedAt: row.started_at,
    talkSeconds: row.talk_seconds,
    acwSeconds: row.acw_seconds,
    stages: callStages.map((stage) => {
      const done = stages.filter((s) => s.stage === stage && typeof s.completedAt === 'number');
      const last = done.at(-1);
      return { stage, completedAt: last ? last.completedAt! : null, visits: history.filter((a) => a.act === 'stage' && a.stage === stage).length, checklist: checklistOfRecord(last) };
    }),
    verification: verificationOf(row.verification),
    solutions: count('solution'),
    escalations: count('escalation'),
    transfers: count('transfer'),
    notSolved: count('notSolved'),
    phraseFlags: kept,
    holdSeconds: row.hold_seconds,
    holdCount: row.hold_count,
    clocks,
    surveyScore: row.survey_score,
  };
}

/** The call must be one a lead may score: made by an agent of their team (or branch); an admin any. */
export function callInScope(db: ReadableDB, scope: LeadScope, agentId: string | null): void {
  if (scope.role === 'admin') return;
  const place = agentId ? agentPlaceOf(db, agentId) : undefined;
  const inScope = place !== undefined && (scope.teamId !== null ? place.team_id === scope.teamId : place.branch_id === scope.branchId);
  if (!inScope) throw new AppError('forbidden', 'a lead evaluates calls of their own team only');
}

/** Everything the lead needs to score a call: its evidence, the card in force when it began, the pre-filled marks, any evaluation made. */
export function callForScoring(db: ReadableDB, scope: LeadScope, callId: string, now: number): CallForScoring {
  const row = callEvidenceRow(db, callId);
  if (!row) throw new AppError('not_found', `no saved call ${callId}`);
  callInScope(db, scope, row.agent_id);
  const evidence = evidenceOf(row, keptPhrasesOfCall(db, row.case_id, row.id), now);
  const existing = evaluationDetail(db, callId, 'call');
  const scorecard = existing ? existing.scorecard : scorecardAt(savedScorecards(db), row.started_at);
  return { evidence, scorecard, suggestions: prefillMarks(scorecard, evidence), evaluation: existing ?? null };
}
