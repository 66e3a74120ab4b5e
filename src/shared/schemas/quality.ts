import { z } from 'zod';
import type { CallEvidence } from '../domain/quality/evidence';
import type { EvaluationEventKind, EvaluationState } from '../domain/quality/exchange';
import type { SampleReason } from '../domain/quality/sampling';
import type { QualitySummary } from '../domain/quality/report';
import type { Suggestion } from '../domain/quality/prefill';
import { prefillSources, qualityMarks, type QualityMark, type Scorecard } from '../domain/quality/scorecard';
import { entityId, optionalText, requiredText } from './case';

/** Quality evaluation (质检, issue 18): what crosses IPC. */
const epochMs = z.number({ error: 'invalidType' }).int('invalid').min(0, 'invalid').max(8_640_000_000_000, 'invalid');

export const QUALITY_LIMITS = { comment: 1_000, reason: 500, note: 500, action: 500, criteria: 30 } as const;

export const markInput = z.strictObject({
  criterionId: z.string().min(1).max(64),
  mark: z.enum(qualityMarks, { error: 'invalid' }),
  overrideReason: optionalText(QUALITY_LIMITS.reason),
  note: optionalText(QUALITY_LIMITS.note),
});
export const scoreCallInput = z.strictObject({ callId: entityId, marks: z.array(markInput).max(QUALITY_LIMITS.criteria) });
export type ScoreCallInput = z.output<typeof scoreCallInput>;

export const callQuery = z.strictObject({ callId: entityId });
export const evaluationQuery = z.strictObject({ evaluationId: entityId });
/** Acknowledge: the comment may be empty. Dispute and answer: required (checked by the action). */
export const evaluationStepInput = z.strictObject({ evaluationId: entityId, comment: optionalText(QUALITY_LIMITS.comment) });
export const queueQuery = z.strictObject({ at: epochMs, perAgent: z.number().int().min(0).max(20).optional() });
export const periodQuery = z.strictObject({ from: epochMs, to: epochMs }).refine((p) => p.from < p.to, { message: 'invalid', path: ['to'] });
export const addActionInput = z.strictObject({ evaluationId: entityId, criterionId: z.string().max(64).nullable(), text: requiredText(QUALITY_LIMITS.action), dueAt: epochMs });
export const actionQuery = z.strictObject({ id: entityId });

const localText = z.strictObject({ 'zh-CN': requiredText(80), en: requiredText(80) });
const guidanceText = z.strictObject({ 'zh-CN': optionalText(400), en: optionalText(400) });
export const criterionSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, 'invalid'),
  weight: z.number().int('invalid').min(1, 'invalid').max(100, 'invalid'),
  title: localText,
  guidance: guidanceText,
  prefill: z.enum(prefillSources).nullable(),
});
export const criteriaSchema = z
  .array(criterionSchema)
  .min(1, 'required')
  .max(QUALITY_LIMITS.criteria, 'tooLong')
  .refine((list) => new Set(list.map((c) => c.id)).size === list.length, { message: 'duplicate' });
export const saveScorecardInput = z.strictObject({ effectiveFrom: epochMs, criteria: criteriaSchema });

export interface EvaluationMark {
  criterionId: string;
  mark: QualityMark;
  prefilled: QualityMark | null;
  overrideReason: string;
  note: string;
}

export interface EvaluationEvent {
  id: string;
  kind: EvaluationEventKind;
  actorId: string | null;
  actorName: string | null;
  at: number;
  comment: string;
}

export interface ImprovementAction {
  id: string;
  evaluationId: string;
  criterionId: string | null;
  text: string;
  dueAt: number;
  state: 'open' | 'done';
  createdAt: number;
  doneAt: number | null;
  agentId?: string | null;
  agentName?: string | null;
}

export interface QualityEvaluation {
  id: string;
  callId: string;
  caseId: string;
  caseNumber: string | null;
  agentId: string | null;
  agentName: string | null;
  scoredBy: string | null;
  scorerName: string | null;
  scorecardId: string;
  scorecardVersion: number;
  marks: EvaluationMark[];
  score: number | null;
  state: EvaluationState;
  scoredAt: number;
  updatedAt: number;
}

export interface EvaluationDetail extends QualityEvaluation {
  scorecard: Scorecard;
  events: EvaluationEvent[];
  actions: ImprovementAction[];
}

/** What the lead sees to score a call: the evidence, the card in force, the suggestions, any earlier evaluation. */
export interface CallForScoring {
  evidence: CallEvidence;
  scorecard: Scorecard;
  suggestions: (EvaluationMark & { suggestion: Suggestion | null })[];
  evaluation: EvaluationDetail | null;
}

export interface QueueItem {
  callId: string;
  caseId: string;
  caseNumber: string;
  subject: string;
  agentId: string | null;
  agentName: string | null;
  startedAt: number;
  scenario: string;
  surveyScore: number | null;
  reasons: SampleReason[];
  evaluationId: string | null;
  score: number | null;
}

export interface QualityQueue {
  weekStart: number;
  items: QueueItem[];
}

export interface QualityReport extends QualitySummary {
  from: number;
  to: number;
  actions: ImprovementAction[];
}
