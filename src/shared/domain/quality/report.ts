import type { QualityMark } from './scorecard';

/** One scored evaluation as the report reads it. */
export interface ScoredEvaluation {
  agentId: string;
  agentName: string | null;
  score: number | null;
  marks: readonly { criterionId: string; mark: QualityMark }[];
}

export interface AgentQuality {
  agentId: string;
  agentName: string | null;
  evaluations: number;
  /** Average of the scored evaluations, one decimal; null when none has a score. */
  average: number | null;
}

export interface MissedCriterion {
  criterionId: string;
  missed: number;
  partial: number;
}

export interface QualitySummary {
  agents: AgentQuality[];
  team: { evaluations: number; average: number | null };
  missed: MissedCriterion[];
}

const average = (scores: readonly number[]): number | null => (scores.length === 0 ? null : Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10);

/**
 * Scores per agent and for the team over the evaluations given (the caller picks the period),
 * and the criteria most often missed: missed counts first, then partly met ones.
 */
export function summariseQuality(evaluations: readonly ScoredEvaluation[]): QualitySummary {
  const byAgent = new Map<string, { name: string | null; scores: number[]; count: number }>();
  const missed = new Map<string, MissedCriterion>();
  const all: number[] = [];
  for (const e of evaluations) {
    const agent = byAgent.get(e.agentId) ?? { name: e.agentName, scores: [], count: 0 };
    agent.count += 1;
    if (e.score !== null) {
      agent.scores.push(e.score);
      all.push(e.score);
    }
    byAgent.set(e.agentId, agent);
    for (const m of e.marks) {
      if (m.mark !== 'missed' && m.mark !== 'partial') continue;
      const row = missed.get(m.criterionId) ?? { criterionId: m.criterionId, missed: 0, partial: 0 };
      row[m.mark] += 1;
      missed.set(m.criterionId, row);
    }
  }
  return {
    agents: [...byAgent.entries()]
      .map(([agentId, a]) => ({ agentId, agentName: a.name, evaluations: a.count, average: average(a.scores) }))
      .sort((a, b) => (b.average ?? -1) - (a.average ?? -1) || a.agentId.localeCompare(b.agentId)),
    team: { evaluations: evaluations.length, average: average(all) },
    missed: [...missed.values()].sort((a, b) => b.missed - a.missed || b.partial - a.partial || a.criterionId.localeCompare(b.criterionId)),
  };
}
