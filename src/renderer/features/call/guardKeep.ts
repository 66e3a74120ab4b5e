import type { GuardKept } from '../../../shared/domain/phraseGuard';
import type { CallGuardedField } from '../../../shared/domain/guardedFields';
import type { CallDraft } from '../../../shared/schemas/callDraft';

type Update = (change: (draft: CallDraft) => CallDraft) => void;

/** The keep-as-written decisions of a customer-facing call field, stored on the draft (and saved with the call). */
export function keepFor(draft: CallDraft, update: Update, field: CallGuardedField) {
  return { field, kept: draft.guardKept ?? [], onChange: (guardKept: GuardKept[]) => update((d) => ({ ...d, guardKept })) };
}
