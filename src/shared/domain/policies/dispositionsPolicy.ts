import { z } from 'zod';
import { dispositionCode } from '../../schemas/dispositionCode';
import type { Locale } from '../../schemas/settings';
import { dispositions, type Disposition } from '../callFlow';
import type { PolicyRecord } from './policyRecords';

/** The longest label a code may have, in either language. */
export const DISPOSITION_LABEL_MAX = 40;

/**
 * One disposition code (issue 18). `code` is the stable id stored with each call; `means` is one
 * of the seven built-in dispositions and says what the code is, so anything that reasons about
 * outcomes (reports, follow-ups) keys on the base and keeps working for codes added later.
 * A code is never deleted once published: it is retired (`active: false`), so calls saved with
 * it keep their label.
 */
export interface DispositionCode {
  code: string;
  means: Disposition;
  labels: Record<Locale, string>;
  active: boolean;
}

export interface DispositionsPolicy {
  codes: DispositionCode[];
}

const label = z.string().trim().min(1, 'required').max(DISPOSITION_LABEL_MAX, 'tooLong');

const dispositionCodeSchema = z.strictObject({
  code: dispositionCode,
  means: z.enum(dispositions, 'invalidChoice'),
  labels: z.strictObject({ 'zh-CN': label, en: label }),
  active: z.boolean(),
});

/**
 * The rules of a list: codes unique, and at least one active (an agent must be able to finish a
 * call). No base has to be covered: the case status a call leaves comes from what happened on the
 * call (escalation, transfer, the customer's answer), not from the code, so the call flow needs
 * no particular code to exist.
 */
export const dispositionsPolicySchema = z
  .strictObject({ codes: z.array(dispositionCodeSchema).max(100, 'tooMany') })
  .superRefine((body, ctx) => {
    const seen = new Set<string>();
    body.codes.forEach((c, i) => {
      if (seen.has(c.code)) ctx.addIssue({ code: 'custom', path: ['codes', i, 'code'], message: 'duplicateDispositionCode' });
      seen.add(c.code);
    });
    if (!body.codes.some((c) => c.active)) ctx.addIssue({ code: 'custom', path: ['codes'], message: 'noActiveDisposition' });
  }) satisfies z.ZodType<DispositionsPolicy>;

const builtInLabels: Record<Disposition, Record<Locale, string>> = {
  resolved: { 'zh-CN': '已解决', en: 'Resolved' },
  resolvedWithFollowUp: { 'zh-CN': '已解决，待回访', en: 'Resolved, follow-up due' },
  escalated: { 'zh-CN': '已升级', en: 'Escalated' },
  transferred: { 'zh-CN': '已转交', en: 'Transferred' },
  callbackScheduled: { 'zh-CN': '约定回电', en: 'Callback arranged' },
  informationOnly: { 'zh-CN': '仅咨询', en: 'Information only' },
  dropped: { 'zh-CN': '通话中断', en: 'Call dropped' },
};

/** Version 1: the seven codes the call screen always offered, each its own base, with the labels it showed. */
export const builtInDispositionsPolicy: DispositionsPolicy = { codes: dispositions.map((code) => ({ code, means: code, labels: builtInLabels[code], active: true })) };

/** The codes an agent may choose under a version: its active ones, in its order. */
export const offeredDispositions = (policy: DispositionsPolicy): DispositionCode[] => policy.codes.filter((c) => c.active);

/** Every version of the kind (the built-in among them), newest first. */
function newestFirst(records: readonly PolicyRecord[]): PolicyRecord<'dispositions'>[] {
  const versions = records.filter((r): r is PolicyRecord<'dispositions'> => r.kind === 'dispositions');
  if (!versions.some((r) => r.version === 1)) versions.push({ id: 'builtin:dispositions', kind: 'dispositions', version: 1, effectiveFrom: 0, body: builtInDispositionsPolicy, teamId: null, authorId: null, createdAt: 0, note: '' });
  return versions.sort((a, b) => b.version - a.version || b.createdAt - a.createdAt);
}

/** A stored code as the newest version that knows it defines it (retired or not); null when none does. */
export function dispositionOf(records: readonly PolicyRecord[], code: string): DispositionCode | null {
  for (const record of newestFirst(records)) {
    const found = record.body.codes.find((c) => c.code === code);
    if (found) return found;
  }
  return null;
}

/** The label of a stored code in a language, by the newest version that knows it; null when none does. */
export const dispositionLabel = (records: readonly PolicyRecord[], code: string, locale: Locale): string | null => dispositionOf(records, code)?.labels[locale] ?? null;

/** The base disposition a stored code means; null for a code no version knows. */
export const dispositionMeaning = (records: readonly PolicyRecord[], code: string): Disposition | null => dispositionOf(records, code)?.means ?? null;

/** Why a new version breaks a published code, as a message key at a path of the body. */
export interface DispositionHistoryIssue {
  path: string;
  key: 'dispositionRemoved' | 'dispositionMeansFixed';
}

/**
 * What a new version may not do to codes already published (the built-in among them): leave one
 * out — it is retired instead, so the calls that carry it keep a label and a meaning — or give one
 * another base, which would change what the calls already saved with it mean.
 */
export function dispositionHistoryIssues(earlier: readonly DispositionsPolicy[], body: DispositionsPolicy): DispositionHistoryIssue[] {
  const known = new Map<string, Disposition>();
  for (const version of [builtInDispositionsPolicy, ...earlier]) for (const c of version.codes) known.set(c.code, c.means);
  const issues: DispositionHistoryIssue[] = [];
  body.codes.forEach((c, i) => {
    const means = known.get(c.code);
    if (means !== undefined && means !== c.means) issues.push({ path: `codes.${i}.means`, key: 'dispositionMeansFixed' });
  });
  if ([...known.keys()].some((code) => !body.codes.some((c) => c.code === code))) issues.push({ path: 'codes', key: 'dispositionRemoved' });
  return issues;
}
