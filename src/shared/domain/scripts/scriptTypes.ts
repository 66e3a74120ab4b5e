/**
 * Call scripts as versioned data: per scenario and locale, for each of the five call stages, the
 * lines the agent says (with `{placeholder}` slots filled from what the call knows) and a checklist.
 * Admins edit and sync them; every script crossing a boundary is parsed with `scriptSchema`.
 */
import { z } from 'zod';
import { callStages, scenarios } from '../../schemas/domainTerms';
import { locales } from '../../schemas/settings';

/**
 * The values a script line may ask for. `customer` is the salutation form: 王女士 / Ms Wang.
 * A transfer fills `transferTarget` and `expectedWait` (the caller waits on the line); an
 * escalation fills `escalationTarget` and `feedbackTime` (someone contacts the customer by then).
 */
export const placeholders = ['company', 'customer', 'agentName', 'agentNumber', 'product', 'orderNo', 'engineer', 'visitDate', 'timeSlot', 'expectedWait', 'transferTarget', 'feedbackTime', 'escalationTarget'] as const;
export type Placeholder = (typeof placeholders)[number];

const placeholderSet: ReadonlySet<string> = new Set(placeholders);
export const isPlaceholder = (name: string): name is Placeholder => placeholderSet.has(name);

/** `{name}` where name is any identifier; whether it is a known placeholder is checked separately. */
export const placeholderToken = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/**
 * Why a line's text is not acceptable: an unknown `{token}`, or a brace that is not part of a
 * token (braces are reserved for placeholders, so a filled line never shows one). Null: fine.
 */
export function lineTextProblem(text: string): string | null {
  const unknown = [...text.matchAll(placeholderToken)].map((m) => m[1] ?? '').find((name) => !isPlaceholder(name));
  if (unknown !== undefined) return `unknown placeholder {${unknown}}`;
  if (/[{}]/.test(text.replace(placeholderToken, ''))) return 'stray brace';
  return null;
}

/**
 * always; anonymous: an anonymous caller; verified: a known (linked) customer; newCaller: a caller
 * being registered as a new customer; named: a known or new caller; afterTransfer / afterEscalation:
 * once the call has been transferred / escalated.
 */
export const lineConditions = ['always', 'anonymous', 'verified', 'newCaller', 'named', 'afterTransfer', 'afterEscalation', 'unlessEscalated', 'unlessTransferred'] as const;
export type LineCondition = (typeof lineConditions)[number];

export const scriptLimits = { id: 40, text: 400, lines: 12, checklist: 12 } as const;

const itemId = z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'invalid id').max(scriptLimits.id);
const nonEmpty = z
  .string()
  .max(scriptLimits.text)
  .refine((text) => text.trim().length > 0, 'empty');

export const scriptLineSchema = z.strictObject({
  id: itemId,
  text: nonEmpty.superRefine((text, ctx) => {
    const problem = lineTextProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  /** When the line applies: see `lineApplies` (scriptAudience.ts). Absent: always. */
  when: z.enum(lineConditions).optional(),
});
export type ScriptLine = z.infer<typeof scriptLineSchema>;

export const checklistItemSchema = z.strictObject({
  id: itemId,
  /** Shown as written: no placeholders. */
  text: nonEmpty.refine((text) => !/[{}]/.test(text), 'no placeholders in a checklist item'),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

const uniqueIds = (items: readonly { id: string }[]) => new Set(items.map((item) => item.id)).size === items.length;

export const stageScriptSchema = z.strictObject({
  lines: z.array(scriptLineSchema).min(1).max(scriptLimits.lines).refine(uniqueIds, 'duplicate line id'),
  checklist: z.array(checklistItemSchema).max(scriptLimits.checklist).refine(uniqueIds, 'duplicate checklist id'),
});
export type StageScript = z.infer<typeof stageScriptSchema>;

export const scriptSchema = z.strictObject({
  scenario: z.enum(scenarios),
  locale: z.enum(locales),
  version: z.number().int().min(1),
  /** Every stage must be present. */
  stages: z.record(z.enum(callStages), stageScriptSchema),
});
export type Script = z.infer<typeof scriptSchema>;

/** A synced set of scripts: one version per scenario and locale. */
export const scriptSetSchema = z.array(scriptSchema).refine((scripts) => new Set(scripts.map((s) => `${s.scenario}/${s.locale}`)).size === scripts.length, 'duplicate scenario and locale');

