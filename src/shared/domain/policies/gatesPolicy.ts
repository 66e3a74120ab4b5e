import { z } from 'zod';
import { defaultGatePolicy, type GatePolicy } from '../callFlow';

/**
 * The stage-gates policy body (issue 18): what an admin may tighten or relax in the five-stage
 * flow (callFlow.ts GatePolicy) — identity verification before account details, the customer's yes
 * to the restatement, the satisfaction survey, every checklist item ticked. The gates every call
 * needs to make sense (a caller, a category, a solution or an open escalation) are not policy.
 */
export const gatesPolicySchema = z.strictObject({
  requireVerified: z.boolean(),
  requireRestatement: z.boolean(),
  requireSurvey: z.boolean(),
  requireChecklist: z.boolean(),
}) satisfies z.ZodType<GatePolicy>;

export const builtInGatesPolicy: GatePolicy = defaultGatePolicy;

export const gateSwitches = ['requireVerified', 'requireRestatement', 'requireSurvey', 'requireChecklist'] as const satisfies readonly (keyof GatePolicy)[];
