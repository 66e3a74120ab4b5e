import type { AuthedAgent } from '../auth/authedAgent';
import type { SqlValue } from '../storage/serverDb';
import { mayMove, stepActor, type EvaluationEventKind, type EvaluationState } from '../../shared/domain/quality/exchange';
import type { RecordCache } from './recordCache';
import type { RejectWith } from './approvalTrust';

const isLead = (agent: AuthedAgent) => agent.role === 'lead' || agent.role === 'admin';
/** Columns only the lead who scores may set (the marks and what they were scored on). */
const scoreColumns = ['call_id', 'case_id', 'evaluated_agent_id', 'scored_by', 'scorecard_id', 'scorecard_version', 'marks', 'score', 'scored_at'];

/**
 * The trust rules of quality evaluation (issue 18): only a lead or admin scores a call (and never
 * their own); only the agent who was evaluated acknowledges or disputes it; only a lead answers a
 * dispute. `before` is the stored row (absent: a new one). Who wrote it is the actor-column rule.
 */
export async function checkQualityFields(
  cache: RecordCache,
  agent: AuthedAgent,
  tbl: string,
  fields: Record<string, SqlValue>,
  before: Record<string, SqlValue> | undefined,
  reject: RejectWith,
): Promise<void> {
  if (tbl === 'quality_evaluations') return checkEvaluation(agent, fields, before, reject);
  if (tbl === 'quality_evaluation_events' && before === undefined) {
    const kind = fields['kind'] as EvaluationEventKind;
    const evaluation = await cache.get('quality_evaluations', String(fields['evaluation_id']));
    if (stepActor[kind] === 'lead') {
      if (!isLead(agent)) throw reject('forbiddenRole', `only a lead may record "${kind}" on an evaluation`);
      return;
    }
    const evaluated = evaluation?.data['evaluated_agent_id'];
    if (evaluated !== agent.id || fields['actor_id'] !== agent.id) throw reject('forbiddenRole', `only the evaluated agent may record "${kind}"`);
  }
}

function checkEvaluation(agent: AuthedAgent, fields: Record<string, SqlValue>, before: Record<string, SqlValue> | undefined, reject: RejectWith): void {
  const changed = (column: string) => Object.hasOwn(fields, column) && (before === undefined || fields[column] !== before[column]);
  const evaluated = (Object.hasOwn(fields, 'evaluated_agent_id') ? fields['evaluated_agent_id'] : before?.['evaluated_agent_id']) ?? null;
  if (before === undefined || scoreColumns.some(changed)) {
    if (!isLead(agent)) throw reject('forbiddenRole', 'only a lead may score a call');
    if (evaluated !== null && evaluated === agent.id) throw reject('forbiddenRole', 'a lead cannot score their own call');
  }
  if (before === undefined) {
    if (fields['state'] !== 'scored') throw reject('invalidRow', 'a new evaluation starts as scored');
    return;
  }
  if (!changed('state')) return;
  const from = before['state'] as EvaluationState;
  const to = fields['state'] as EvaluationState;
  if (!mayMove(from, to)) throw reject('invalidRow', `an evaluation cannot go from ${from} to ${to}`);
  if (to === 'acknowledged' || to === 'disputed') {
    if (evaluated !== agent.id) throw reject('forbiddenRole', 'only the evaluated agent may acknowledge or dispute an evaluation');
  } else if (!isLead(agent)) {
    throw reject('forbiddenRole', 'only a lead may answer or rescore an evaluation');
  }
}
