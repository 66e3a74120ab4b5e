import type { CallDraft } from '../../schemas/callDraft';
import type { LineCondition, ScriptLine } from './scriptTypes';

/** What the script needs to know about the call to pick its lines. */
export interface LineContext {
  caller: 'none' | 'anonymous' | 'known' | 'new';
  transferred: boolean;
  escalated: boolean;
}

export function lineContextOf(draft: CallDraft): LineContext {
  const mode = draft.caller?.mode;
  const collaboration = draft.solve.collaboration;
  return {
    caller: mode === undefined ? 'none' : mode === 'linked' ? 'known' : mode,
    transferred: collaboration?.kind === 'transfer',
    escalated: collaboration?.kind === 'escalate',
  };
}

/**
 * Whether a line is said on this call. A greeting that says the customer's records were found is
 * for a known customer only; a stranger being registered hears a different one; a caller not yet
 * identified hears neither.
 */
export function lineApplies(when: LineCondition | undefined, context: LineContext): boolean {
  switch (when ?? 'always') {
    case 'always':
      return true;
    case 'anonymous':
      return context.caller === 'anonymous';
    case 'verified':
      return context.caller === 'known';
    case 'newCaller':
      return context.caller === 'new';
    case 'named':
      return context.caller === 'known' || context.caller === 'new';
    case 'afterTransfer':
      return context.transferred;
    case 'afterEscalation':
      return context.escalated;
    // The transfer and escalation offers are two ways to go on; once one is taken the other is not said.
    case 'unlessEscalated':
      return !context.escalated;
    case 'unlessTransferred':
      return !context.transferred;
  }
}

export const linesFor = (lines: readonly ScriptLine[], context: LineContext): ScriptLine[] => lines.filter((line) => lineApplies(line.when, context));
