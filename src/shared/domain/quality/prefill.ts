import type { CallEvidence } from './evidence';
import type { PrefillSource, QualityMark, Scorecard } from './scorecard';
import type { CriterionMark } from './score';

/** Total hold at or under this is fine; up to the second limit it is partly met; beyond, missed. */
export const HOLD_FINE_SECONDS = 120;
export const HOLD_LONG_SECONDS = 300;

/** A suggested mark and the reason for it (an i18n key under `quality.prefill.`). */
export interface Suggestion {
  mark: QualityMark;
  reason: string;
}

const stageDone = (evidence: CallEvidence, stage: CallEvidence['stages'][number]['stage']) => evidence.stages.some((s) => s.stage === stage && s.completedAt !== null);

/** What the evidence says about one criterion source. */
export function suggestionFor(source: PrefillSource, evidence: CallEvidence): Suggestion {
  switch (source) {
    case 'greetStage':
      return stageDone(evidence, 'greet') ? { mark: 'met', reason: 'greetDone' } : { mark: 'missed', reason: 'greetMissing' };
    case 'verification': {
      const method = evidence.verification?.method;
      if (!method) return { mark: 'missed', reason: 'notAsked' };
      if (method === 'notVerified') return { mark: 'na', reason: 'callerNotIdentified' };
      return { mark: 'met', reason: 'verified' };
    }
    case 'confirmStage':
      return stageDone(evidence, 'confirm') ? { mark: 'met', reason: 'confirmDone' } : { mark: 'missed', reason: 'confirmMissing' };
    case 'solution':
      if (evidence.solutions > 0 || evidence.escalations > 0 || evidence.transfers > 0) return { mark: evidence.notSolved > 0 ? 'partial' : 'met', reason: evidence.notSolved > 0 ? 'solvedAfterRetry' : 'solutionGiven' };
      return { mark: 'missed', reason: 'noSolution' };
    case 'hold':
      if (evidence.holdCount === 0 && evidence.holdSeconds === 0) return { mark: 'na', reason: 'noHold' };
      if (evidence.holdSeconds <= HOLD_FINE_SECONDS) return { mark: 'met', reason: 'holdShort' };
      return evidence.holdSeconds <= HOLD_LONG_SECONDS ? { mark: 'partial', reason: 'holdLong' } : { mark: 'missed', reason: 'holdTooLong' };
    case 'phraseGuard':
      return evidence.phraseFlags.length === 0 ? { mark: 'met', reason: 'noFlags' } : { mark: 'partial', reason: 'flagsKept' };
    case 'clocks': {
      const decided = evidence.clocks.filter((c) => c.outcome !== 'running');
      if (decided.length === 0) return { mark: 'na', reason: 'noClock' };
      return decided.some((c) => c.outcome === 'breached') ? { mark: 'missed', reason: 'clockBreached' } : { mark: 'met', reason: 'clocksMet' };
    }
    case 'closing':
      if (!stageDone(evidence, 'followUp')) return { mark: 'missed', reason: 'followUpMissing' };
      return evidence.surveyScore !== null ? { mark: 'met', reason: 'surveyAsked' } : { mark: 'partial', reason: 'noSurvey' };
  }
}

/** The card's marks as the evidence suggests them; criteria without a source start unmarked (N/A until the lead judges). */
export function prefillMarks(card: Scorecard, evidence: CallEvidence): (CriterionMark & { suggestion: Suggestion | null })[] {
  return card.criteria.map((criterion) => {
    const suggestion = criterion.prefill ? suggestionFor(criterion.prefill, evidence) : null;
    return { criterionId: criterion.id, mark: suggestion?.mark ?? 'na', prefilled: suggestion?.mark ?? null, overrideReason: '', note: '', suggestion };
  });
}
