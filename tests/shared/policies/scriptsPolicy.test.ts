import { describe, expect, it } from 'vitest';
import { policyInForce } from '../../../src/shared/domain/policies/policyInForce';
import { builtInPolicy, parsePolicyBody, type PolicyRecord } from '../../../src/shared/domain/policies/policyRecords';
import { policyScript, scriptEdits, scriptTextProblem, scriptsOf, withScript, type ScriptsPolicy } from '../../../src/shared/domain/policies/scriptsPolicy';
import { channelScriptFor } from '../../../src/shared/domain/scripts/channelScripts';
import { defaultScripts } from '../../../src/shared/domain/scripts/defaultScripts';
import type { Script } from '../../../src/shared/domain/scripts/scriptTypes';
import { publishPolicyInput } from '../../../src/shared/schemas/policies';

const NEW_OPEN = '您好，{company}客服中心，我是{agentName}，工号{agentNumber}，请讲。';

/** The complaint script in Chinese with its greeting's first line changed. */
function editedComplaint(text = NEW_OPEN): Script {
  const base = policyScript(builtInPolicy('scripts').body, 'complaint', 'zh-CN');
  return { ...base, stages: { ...base.stages, greet: { ...base.stages.greet, lines: base.stages.greet.lines.map((l) => (l.id === 'open' ? { ...l, text } : l)) } } };
}

const record = (body: ScriptsPolicy, version: number, effectiveFrom: number): PolicyRecord => ({ id: `p${version}`, kind: 'scripts', version, effectiveFrom, body, teamId: null, authorId: 'admin', createdAt: effectiveFrom, note: '' });

describe('scripts as a policy', () => {
  it('the built-in version is every built-in script, untouched', () => {
    expect(scriptsOf(builtInPolicy('scripts').body)).toEqual(defaultScripts);
  });

  it('an edited script replaces the built-in of its scenario and language only; the other language and scenarios keep theirs', () => {
    const policy = withScript(builtInPolicy('scripts').body, editedComplaint());
    expect(policy.scripts).toHaveLength(1);
    expect(channelScriptFor('complaint', 'phone', 'zh-CN', scriptsOf(policy)).stages.greet.lines[0]!.text).toBe(NEW_OPEN);
    expect(channelScriptFor('complaint', 'phone', 'en', scriptsOf(policy)).stages.greet.lines[0]!.text).toBe(policyScript(builtInPolicy('scripts').body, 'complaint', 'en').stages.greet.lines[0]!.text);
    expect(channelScriptFor('consultation', 'phone', 'zh-CN', scriptsOf(policy)).stages.greet.lines[0]!.text).not.toBe(NEW_OPEN);
  });

  it('lists what changed before publishing, and an edit put back to the built-in text is no edit at all', () => {
    const builtIn = policyScript(builtInPolicy('scripts').body, 'complaint', 'zh-CN');
    expect(scriptEdits(builtIn, editedComplaint())).toEqual([{ stage: 'greet', itemId: 'open', kind: 'line', before: builtIn.stages.greet.lines[0]!.text, after: NEW_OPEN }]);
    const edited = withScript(builtInPolicy('scripts').body, editedComplaint());
    expect(withScript(edited, builtIn).scripts).toEqual([]);
  });

  it('the call screen follows the version in force: a later publication applies from its effective time', () => {
    const T = Date.UTC(2027, 0, 4);
    const records = [record(withScript({ scripts: [] }, editedComplaint()), 2, T)];
    expect(scriptsOf(policyInForce(records, 'scripts', T - 1, null).body)).toEqual(defaultScripts);
    expect(policyScript(policyInForce(records, 'scripts', T, null).body, 'complaint', 'zh-CN').stages.greet.lines[0]!.text).toBe(NEW_OPEN);
  });

  it('refuses a line with an unknown placeholder or a stray brace, an empty line, and a checklist item with a placeholder', () => {
    expect(scriptTextProblem('您好{customr}', 'line')).toBe('unknownPlaceholder');
    expect(scriptTextProblem('您好 {', 'line')).toBe('strayBrace');
    expect(scriptTextProblem('   ', 'line')).toBe('empty');
    expect(scriptTextProblem('x'.repeat(401), 'line')).toBe('tooLong');
    expect(scriptTextProblem('核对{customer}', 'checklist')).toBe('noPlaceholders');
    expect(scriptTextProblem(NEW_OPEN, 'line')).toBeNull();
    expect(parsePolicyBody('scripts', { scripts: [editedComplaint('您好{customr}')] }).success).toBe(false);
    expect(publishPolicyInput.safeParse({ kind: 'scripts', body: { scripts: [editedComplaint()] }, effectiveFrom: 0 }).success).toBe(true);
    expect(publishPolicyInput.safeParse({ kind: 'scripts', body: { scripts: [editedComplaint(), editedComplaint()] }, effectiveFrom: 0 }).success).toBe(false);
  });
});
