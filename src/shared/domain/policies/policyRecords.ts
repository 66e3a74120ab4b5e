import type { z } from 'zod';
import { businessCalendarSchema, defaultCalendar, type BusinessCalendar } from '../businessCalendar';
import type { GatePolicy } from '../callFlow';
import { authorityPolicySchema, builtInAuthorityPolicy, type AuthorityLimits } from './authorityPolicy';
import { builtInDispositionsPolicy, dispositionsPolicySchema, type DispositionsPolicy } from './dispositionsPolicy';
import { builtInGatesPolicy, gatesPolicySchema } from './gatesPolicy';
import { builtInPhrasesPolicy, phrasesPolicySchema, type PhrasesPolicy } from './phrasesPolicy';
import { builtInScriptsPolicy, scriptsPolicySchema, type ScriptsPolicy } from './scriptsPolicy';
import { builtInSlaPolicy, slaPolicySchema, type SlaPolicy } from './slaPolicy';

/**
 * Policies as data (issue 18): versioned records, each effective from a chosen instant. The
 * built-in defaults are version 1 of each kind, in force from the beginning of time; an admin's
 * change is a new record, never an edit of an old one, so what was in force when a clock started
 * can always be found again. More kinds are added by giving their body a schema and a built-in here.
 */
export const policyKinds = ['slaTargets', 'businessCalendar', 'scripts', 'phrases', 'stageGates', 'authorityLimits', 'dispositions'] as const;
export type PolicyKind = (typeof policyKinds)[number];

export interface PolicyBodies {
  slaTargets: SlaPolicy;
  businessCalendar: BusinessCalendar;
  scripts: ScriptsPolicy;
  phrases: PhrasesPolicy;
  stageGates: GatePolicy;
  authorityLimits: AuthorityLimits;
  dispositions: DispositionsPolicy;
}

export const policyBodySchemas: { [K in PolicyKind]: z.ZodType<PolicyBodies[K]> } = {
  slaTargets: slaPolicySchema,
  businessCalendar: businessCalendarSchema,
  scripts: scriptsPolicySchema,
  phrases: phrasesPolicySchema,
  stageGates: gatesPolicySchema,
  authorityLimits: authorityPolicySchema,
  dispositions: dispositionsPolicySchema,
};

export const builtInBodies: { readonly [K in PolicyKind]: PolicyBodies[K] } = {
  slaTargets: builtInSlaPolicy,
  businessCalendar: defaultCalendar,
  scripts: builtInScriptsPolicy,
  phrases: builtInPhrasesPolicy,
  stageGates: builtInGatesPolicy,
  authorityLimits: builtInAuthorityPolicy,
  dispositions: builtInDispositionsPolicy,
};

export interface PolicyRecord<K extends PolicyKind = PolicyKind> {
  id: string;
  kind: K;
  /** 1 for the built-in; each published change one more than the highest known. */
  version: number;
  /** Epoch ms from which it applies (to clocks started at or after it). */
  effectiveFrom: number;
  body: PolicyBodies[K];
  /**
   * The team it applies to (a team-scoped kind, teamScopedKinds.ts), or null: every team. A desktop
   * applies the global versions and its signed-in agent's team's (policyInForce).
   */
  teamId: string | null;
  /** The team's name, as this desktop knows it (for the version list). */
  teamName?: string | null;
  /** The admin or lead who published it; null for the built-in. */
  authorId: string | null;
  authorName?: string | null;
  createdAt: number;
  /** Why it changed, in the author's words. */
  note: string;
}

/** The built-in version 1 of a kind. */
export function builtInPolicy<K extends PolicyKind>(kind: K): PolicyRecord<K> {
  return { id: `builtin:${kind}`, kind, version: 1, effectiveFrom: 0, body: builtInBodies[kind], teamId: null, authorId: null, createdAt: 0, note: '' };
}

export const builtInPolicies: readonly PolicyRecord[] = policyKinds.map((kind) => builtInPolicy(kind));

/** Parses a stored or pushed body of a kind; the zod error on failure. */
export function parsePolicyBody<K extends PolicyKind>(kind: K, body: unknown): z.ZodSafeParseResult<PolicyBodies[K]> {
  return policyBodySchemas[kind].safeParse(body) as z.ZodSafeParseResult<PolicyBodies[K]>;
}
