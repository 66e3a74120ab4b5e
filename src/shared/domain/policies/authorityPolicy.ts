import { z } from 'zod';
import { remedies, type Remedy } from '../../schemas/callDraft';

/**
 * The agent's authority limits (issue 18): the remedies an agent may not offer on their own — a
 * call that offers one needs a lead's approval before the solve stage is done, whatever the agent
 * ticks. Anything else beyond authority the agent still marks by hand. Built in: none (the agent
 * judges, as the manuals describe).
 */
export interface AuthorityLimits {
  approvalRemedies: Remedy[];
}

export const authorityPolicySchema = z.strictObject({
  approvalRemedies: z
    .array(z.enum(remedies, 'invalidChoice'))
    .max(remedies.length)
    .refine((list) => new Set(list).size === list.length, 'invalid'),
}) satisfies z.ZodType<AuthorityLimits>;

export const builtInAuthorityPolicy: AuthorityLimits = { approvalRemedies: [] };

/** Whether this remedy needs a lead's approval under the limits in force. */
export const needsApproval = (limits: Partial<AuthorityLimits>, remedy: Remedy | null): boolean => remedy !== null && (limits.approvalRemedies ?? []).includes(remedy);
