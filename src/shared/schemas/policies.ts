import { z } from 'zod';
import { businessCalendarSchema } from '../domain/businessCalendar';
import { authorityPolicySchema } from '../domain/policies/authorityPolicy';
import { dispositionsPolicySchema } from '../domain/policies/dispositionsPolicy';
import { gatesPolicySchema } from '../domain/policies/gatesPolicy';
import { phrasesPolicySchema } from '../domain/policies/phrasesPolicy';
import { scriptsPolicySchema } from '../domain/policies/scriptsPolicy';
import { slaPolicySchema } from '../domain/policies/slaPolicy';
import { entityId } from './case';

/**
 * Publishing a new version of a policy (issue 18): effective now or later, never in the past.
 * `teamId` the one team it applies to (a team-scoped kind only), null or absent every team; main
 * checks who may publish what (admins any, leads team-scoped kinds for their own team).
 */
const common = {
  effectiveFrom: z.number('required').int().min(0).max(8.64e15),
  note: z.string().trim().max(500, 'tooLong').default(''),
  teamId: entityId.nullable().default(null),
};

export const publishPolicyInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('slaTargets'), body: slaPolicySchema, ...common }),
  z.strictObject({ kind: z.literal('businessCalendar'), body: businessCalendarSchema, ...common }),
  z.strictObject({ kind: z.literal('scripts'), body: scriptsPolicySchema, ...common }),
  z.strictObject({ kind: z.literal('phrases'), body: phrasesPolicySchema, ...common }),
  z.strictObject({ kind: z.literal('stageGates'), body: gatesPolicySchema, ...common }),
  z.strictObject({ kind: z.literal('authorityLimits'), body: authorityPolicySchema, ...common }),
  z.strictObject({ kind: z.literal('dispositions'), body: dispositionsPolicySchema, ...common }),
]);
export type PublishPolicyInput = z.input<typeof publishPolicyInput>;
export type ParsedPublishPolicy = z.output<typeof publishPolicyInput>;
