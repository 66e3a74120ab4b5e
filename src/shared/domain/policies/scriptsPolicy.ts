import { z } from 'zod';
import type { Scenario } from '../../schemas/domainTerms';
import type { Locale } from '../../schemas/settings';
import { defaultScripts } from '../scripts/defaultScripts';
import { lineTextProblem, scriptSetSchema, type Script } from '../scripts/scriptTypes';

/**
 * The scripts policy body (issue 18): the scripts an admin has edited, each a whole script of one
 * scenario in one language, replacing the built-in one; every other scenario and language keeps
 * its built-in script. Lines and checklist items keep their ids (gates and the call record name
 * them), so an edit changes what is said, not what the call checks.
 */
export interface ScriptsPolicy {
  scripts: Script[];
}

export const scriptsPolicySchema = z.strictObject({ scripts: scriptSetSchema }) satisfies z.ZodType<ScriptsPolicy>;

export const builtInScriptsPolicy: ScriptsPolicy = { scripts: [] };

const sameScript = (a: Pick<Script, 'scenario' | 'locale'>, b: Pick<Script, 'scenario' | 'locale'>) => a.scenario === b.scenario && a.locale === b.locale;

/** Every scenario's script in every language under a policy: the edited ones in place of the built-in. */
export function scriptsOf(policy: ScriptsPolicy): Script[] {
  return defaultScripts.map((builtIn) => policy.scripts.find((edited) => sameScript(edited, builtIn)) ?? builtIn);
}

/** The script of one scenario and language as the policy has it (the built-in when not edited). */
export function policyScript(policy: ScriptsPolicy, scenario: Scenario, locale: Locale): Script {
  const found = scriptsOf(policy).find((s) => s.scenario === scenario && s.locale === locale);
  if (!found) throw new Error(`no script for ${scenario}/${locale}`);
  return found;
}

/** One line's text changed: where, and from what to what (what an admin sees before publishing). */
export interface ScriptEdit {
  stage: string;
  itemId: string;
  kind: 'line' | 'checklist';
  before: string;
  after: string;
}

/** The texts that differ between two versions of one script, in stage order. */
export function scriptEdits(before: Script, after: Script): ScriptEdit[] {
  const edits: ScriptEdit[] = [];
  for (const [stage, was] of Object.entries(before.stages)) {
    const now = after.stages[stage as keyof Script['stages']];
    for (const line of was.lines) {
      const text = now.lines.find((l) => l.id === line.id)?.text ?? '';
      if (text !== line.text) edits.push({ stage, itemId: line.id, kind: 'line', before: line.text, after: text });
    }
    for (const item of was.checklist) {
      const text = now.checklist.find((c) => c.id === item.id)?.text ?? '';
      if (text !== item.text) edits.push({ stage, itemId: item.id, kind: 'checklist', before: item.text, after: text });
    }
  }
  return edits;
}

/**
 * A policy with one script replaced by an edited copy; the script returns to "not edited" when it
 * equals the built-in again. The result is what publishPolicy receives.
 */
export function withScript(policy: ScriptsPolicy, edited: Script): ScriptsPolicy {
  const builtIn = defaultScripts.find((s) => sameScript(s, edited));
  const others = policy.scripts.filter((s) => !sameScript(s, edited));
  const unchanged = builtIn !== undefined && scriptEdits(builtIn, edited).length === 0;
  return { scripts: unchanged ? others : [...others, edited] };
}

/** Why a text typed for a line cannot be published, as a message key (policies.scripts.errors.<key>); null when fine. */
export function scriptTextProblem(text: string, kind: 'line' | 'checklist'): 'empty' | 'tooLong' | 'unknownPlaceholder' | 'strayBrace' | 'noPlaceholders' | null {
  if (text.trim() === '') return 'empty';
  if (text.length > 400) return 'tooLong';
  if (kind === 'checklist') return /[{}]/.test(text) ? 'noPlaceholders' : null;
  const problem = lineTextProblem(text);
  if (problem === null) return null;
  return problem.startsWith('unknown') ? 'unknownPlaceholder' : 'strayBrace';
}
