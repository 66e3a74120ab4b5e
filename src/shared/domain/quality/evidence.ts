import type { CallStage, Scenario } from '../../schemas/domainTerms';
import type { Channel } from '../../schemas/case';
import type { VerificationMethod } from '../../schemas/callDraft';
import type { ChecklistTick } from '../callChecklist';

/** A stage of the call as recorded: when it was completed (null: never), how often it was entered, and its checklist as the agent left it (empty: none kept). */
export interface StageEvidence {
  stage: CallStage;
  completedAt: number | null;
  visits: number;
  checklist: ChecklistTick[];
}

/** A flagged phrase the agent kept as written, with the reason they gave. */
export interface PhraseFlag {
  field: string;
  phrase: string;
  category: string;
  reason: string;
}

export type ClockOutcome = 'met' | 'breached' | 'running';

export interface ClockEvidence {
  clock: 'response' | 'resolution';
  dueAt: number;
  doneAt: number | null;
  outcome: ClockOutcome;
}

/** What a saved call leaves for the lead who scores it. */
export interface CallEvidence {
  callId: string;
  caseId: string;
  caseNumber: string;
  subject: string;
  scenario: Scenario;
  channel: Channel;
  agentId: string | null;
  agentName: string | null;
  startedAt: number;
  talkSeconds: number;
  acwSeconds: number;
  stages: StageEvidence[];
  verification: { method: VerificationMethod; at: number } | null;
  solutions: number;
  escalations: number;
  transfers: number;
  notSolved: number;
  phraseFlags: PhraseFlag[];
  holdSeconds: number;
  holdCount: number;
  clocks: ClockEvidence[];
  surveyScore: number | null;
}

/** A clock's outcome at `now`: met when done by its due time, breached when done late or still open past it. */
export function clockOutcome(dueAt: number, doneAt: number | null, now: number): ClockOutcome {
  if (doneAt !== null) return doneAt <= dueAt ? 'met' : 'breached';
  return now > dueAt ? 'breached' : 'running';
}
