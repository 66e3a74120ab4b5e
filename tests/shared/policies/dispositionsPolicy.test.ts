import { describe, expect, it } from 'vitest';
import { dispositions } from '../../../src/shared/domain/callFlow';
import { dispositionAccepted } from '../../../src/shared/domain/policies/dispositionsInForce';
import { builtInDispositionsPolicy, dispositionHistoryIssues, dispositionLabel, dispositionMeaning, dispositionsPolicySchema, offeredDispositions, type DispositionsPolicy } from '../../../src/shared/domain/policies/dispositionsPolicy';
import { builtInPolicy, parsePolicyBody, policyKinds, type PolicyRecord } from '../../../src/shared/domain/policies/policyRecords';
import { toFieldIssues } from '../../../src/shared/validation';

const version = (n: number, effectiveFrom: number, body: DispositionsPolicy): PolicyRecord<'dispositions'> => ({ id: `d${n}`, kind: 'dispositions', version: n, effectiveFrom, body, teamId: null, authorId: 'admin', createdAt: effectiveFrom, note: '' });
const builtInCodes = builtInDispositionsPolicy.codes;
const refund = { code: 'refundPromised', means: 'resolvedWithFollowUp' as const, labels: { 'zh-CN': '已承诺退款', en: 'Refund promised' }, active: true };
const issuesOf = (body: unknown) => {
  const parsed = dispositionsPolicySchema.safeParse(body);
  return parsed.success ? [] : toFieldIssues(parsed.error);
};

describe('the dispositions policy', () => {
  it('is a policy kind whose built-in version 1 is today’s seven codes, each its own base, all active', () => {
    expect(policyKinds).toContain('dispositions');
    const builtIn = builtInPolicy('dispositions');
    expect(builtIn.version).toBe(1);
    expect(builtIn.body.codes.map((c) => c.code)).toEqual([...dispositions]);
    expect(builtIn.body.codes.every((c) => c.means === c.code && c.active)).toBe(true);
    expect(builtIn.body.codes.find((c) => c.code === 'dropped')?.labels).toEqual({ 'zh-CN': '通话中断', en: 'Call dropped' });
    expect(parsePolicyBody('dispositions', builtIn.body).success).toBe(true);
  });

  it('trims labels and accepts a new code meaning one of the bases', () => {
    const parsed = dispositionsPolicySchema.parse({ codes: [...builtInCodes, { ...refund, labels: { 'zh-CN': '  已承诺退款 ', en: ' Refund promised' } }] });
    expect(parsed.codes.at(-1)?.labels).toEqual(refund.labels);
  });

  it('refuses a repeated code, at the repeat, with a translatable key', () => {
    expect(issuesOf({ codes: [...builtInCodes, { ...refund, code: 'resolved' }] })).toEqual([{ path: `codes.${builtInCodes.length}.code`, key: 'duplicateDispositionCode' }]);
  });

  it('refuses a list with no active code', () => {
    expect(issuesOf({ codes: builtInCodes.map((c) => ({ ...c, active: false })) })).toEqual([{ path: 'codes', key: 'noActiveDisposition' }]);
  });

  it('refuses a malformed code, an unknown base and an empty or long label', () => {
    expect(issuesOf({ codes: [{ ...refund, code: '9lives' }] })).toEqual([{ path: 'codes.0.code', key: 'dispositionCodeFormat' }]);
    expect(issuesOf({ codes: [{ ...refund, code: 'a b' }] })).toEqual([{ path: 'codes.0.code', key: 'dispositionCodeFormat' }]);
    expect(issuesOf({ codes: [{ ...refund, means: 'refunded' }] })).toEqual([{ path: 'codes.0.means', key: 'invalidChoice' }]);
    expect(issuesOf({ codes: [{ ...refund, labels: { 'zh-CN': '  ', en: 'x'.repeat(41) } }] })).toEqual([
      { path: 'codes.0.labels.zh-CN', key: 'required' },
      { path: 'codes.0.labels.en', key: 'tooLong' },
    ]);
  });

  it('offers only the active codes', () => {
    const body = { codes: [...builtInCodes.map((c) => (c.code === 'dropped' ? { ...c, active: false } : c)), refund] };
    expect(offeredDispositions(body).map((c) => c.code)).toEqual([...dispositions.filter((d) => d !== 'dropped'), 'refundPromised']);
  });

  it('accepts a code active in the version in force at the call’s start or at the save, and nothing else', () => {
    const v2 = version(2, 1000, { codes: [...builtInCodes, refund] });
    const v3 = version(3, 2000, { codes: [...builtInCodes.filter((c) => c.code !== 'dropped'), { ...builtInCodes.find((c) => c.code === 'dropped')!, active: false }, { ...refund, active: false }] });
    const records = [v2, v3];
    // A draft begun under v2 keeps its code after v3 retires it.
    expect(dispositionAccepted(records, 'refundPromised', [1500, 2500])).toBe(true);
    // A call begun under v3 cannot use a retired code, nor one never defined.
    expect(dispositionAccepted(records, 'refundPromised', [2100, 2500])).toBe(false);
    expect(dispositionAccepted(records, 'dropped', [2100, 2500])).toBe(false);
    expect(dispositionAccepted(records, 'madeUp', [0, 5000])).toBe(false);
    // A code added by a version effective during the call is accepted at the save.
    expect(dispositionAccepted([v2], 'refundPromised', [500, 1200])).toBe(true);
  });

  it('labels and means a stored code by the newest version that knows it, retired or not', () => {
    const v2 = version(2, 1000, { codes: [...builtInCodes, refund] });
    const v3 = version(3, 2000, { codes: [...builtInCodes, { ...refund, active: false, labels: { 'zh-CN': '退款（旧）', en: 'Refund (old)' } }] });
    const records = [builtInPolicy('dispositions'), v3, v2];
    expect(dispositionLabel(records, 'refundPromised', 'en')).toBe('Refund (old)');
    expect(dispositionLabel(records, 'refundPromised', 'zh-CN')).toBe('退款（旧）');
    expect(dispositionLabel(records, 'resolved', 'zh-CN')).toBe('已解决');
    expect(dispositionLabel([], 'resolved', 'en')).toBe('Resolved');
    expect(dispositionLabel(records, 'gone', 'en')).toBeNull();
    expect(dispositionMeaning(records, 'refundPromised')).toBe('resolvedWithFollowUp');
    expect(dispositionMeaning(records, 'escalated')).toBe('escalated');
    expect(dispositionMeaning(records, 'gone')).toBeNull();
  });

  it('a later version keeps every published code (retired is fine) with the same base', () => {
    const v2 = { codes: [...builtInCodes, refund] };
    expect(dispositionHistoryIssues([v2], { codes: [...builtInCodes, { ...refund, active: false, labels: { 'zh-CN': '退款', en: 'Refund' } }] })).toEqual([]);
    expect(dispositionHistoryIssues([v2], { codes: builtInCodes })).toEqual([{ path: 'codes', key: 'dispositionRemoved' }]);
    expect(dispositionHistoryIssues([], { codes: [refund] })).toEqual([{ path: 'codes', key: 'dispositionRemoved' }]);
    expect(dispositionHistoryIssues([v2], { codes: [...builtInCodes, { ...refund, means: 'dropped' }] })).toEqual([{ path: `codes.${builtInCodes.length}.means`, key: 'dispositionMeansFixed' }]);
  });
});
