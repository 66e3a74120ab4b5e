import type { CallDraft } from '../../schemas/callDraft';
import type { Locale } from '../../schemas/settings';
import { salutationOf, type PlaceholderValues } from './fillScript';

/** Who answers and for whom (the agent's profile). */
export interface AgentIdentity {
  companyName: string;
  agentName: string;
  agentNumber: string;
}

/** How durations are said in the interface language: "120分钟", "90秒". */
export interface DurationWords {
  minutes(count: number): string;
  seconds(count: number): string;
}

/** A wait in whole minutes when it is one, otherwise in seconds. */
export const waitWords = (seconds: number, words: DurationWords): string => (seconds % 60 === 0 ? words.minutes(seconds / 60) : words.seconds(seconds));

/**
 * What the script placeholders are filled with: the agent's profile and what the call has captured.
 * A transfer fills the transfer target and the caller's wait on the line; an escalation fills its
 * target and the promised feedback time. Neither borrows the other's values: a 120-minute
 * feedback promise is never read out as a wait on the line.
 */
export function callPlaceholderValues(draft: CallDraft, agent: AgentIdentity, locale: Locale, words: DurationWords): PlaceholderValues {
  const caller = draft.caller;
  const named = caller && caller.mode !== 'anonymous' && caller.name.trim() ? salutationOf(caller.name.trim(), caller.salutation, locale) : null;
  const c = draft.solve.collaboration;
  const transfer = c?.kind === 'transfer' ? c : null;
  const escalation = c?.kind === 'escalate' ? c : null;
  return {
    company: agent.companyName || null,
    customer: named,
    agentName: agent.agentName || null,
    agentNumber: agent.agentNumber || null,
    product: draft.confirm.product || null,
    orderNo: draft.confirm.orderNo || null,
    engineer: draft.solve.visit.engineer || null,
    visitDate: draft.solve.visit.date || null,
    timeSlot: draft.solve.visit.timeSlot || null,
    transferTarget: transfer?.target ?? null,
    expectedWait: transfer ? waitWords(transfer.waitSeconds, words) : null,
    escalationTarget: escalation?.target ?? null,
    feedbackTime: escalation ? words.minutes(escalation.feedbackMinutes) : null,
  };
}
