import type { CallDraft } from '../schemas/callDraft';
import type { GuardedText } from './phraseGuard';

/** The fields of a call the customer hears or reads (the solution given, the call notes), where flagged phrases must be replaced or kept with a reason. */
export const callGuardedFields = ['solve.solution', 'record.notes'] as const;
export type CallGuardedField = (typeof callGuardedFields)[number];

/** A case note: customer-facing as well. */
export const NOTE_FIELD = 'note';

/** The customer-facing texts of a call draft, by field. */
export function guardedTextsOf(draft: Pick<CallDraft, 'solve' | 'record'>): GuardedText[] {
  return [
    { field: 'solve.solution', text: draft.solve.solution },
    { field: 'record.notes', text: draft.record.notes },
  ];
}
