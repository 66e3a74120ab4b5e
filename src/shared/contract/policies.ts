import type { PolicyRecord } from '../domain/policies/policyRecords';
import { publishPolicyInput } from '../schemas/policies';
import type { policiesChannels } from './channels/policies';
import { none, type SliceContract } from './slice';

/** Policies as data (issue 18): every version this desktop knows, and an admin publishing a new one. */
export const policiesContract = {
  /** Every version of every policy kind, the built-in version 1 included, oldest effective first; anyone signed in (the clocks need them). */
  listPolicies: { request: none, reply: {} as PolicyRecord[] },
  /** Admins: a new version, effective from the chosen time; synced to every desktop. */
  publishPolicy: { request: publishPolicyInput, reply: {} as PolicyRecord },
} satisfies SliceContract<typeof policiesChannels>;
