/**
 * The phrase guard: words an agent must not say or type (negative ones such as 不知道, promises
 * that cannot be kept, blaming the customer), each with approved alternatives. The rules are data —
 * admins edit the list — and `findGuarded` runs on every keystroke of a note or reply.
 */
import { z } from 'zod';
import { locales } from '../schemas/settings';

/** What is wrong with a phrase: negative, promising what cannot be promised, blaming the customer or others, pushing the customer away. */
export const guardReasons = ['negative', 'overPromise', 'blame', 'deflection'] as const;
export type GuardReason = (typeof guardReasons)[number];

const phrase = z.string().trim().min(1, 'required').max(60, 'tooLong');
const ruleId = z.string().regex(/^[A-Za-z0-9._-]{1,40}$/, 'invalid id');

/**
 * In a phrase, `*` stands for a short gap inside one clause (up to 12 characters, no clause
 * punctuation): 肯定*退款 covers 肯定给您全额退款 and 肯定能退款, not 肯定。……退款.
 */
export const GAP = '*';
const GAP_MAX = 12;

export const guardRuleSchema = z.strictObject({
  id: ruleId,
  locale: z.enum(locales),
  phrases: z.array(phrase).min(1, 'required').max(60, 'tooMany'),
  alternatives: z.array(z.string().trim().min(1, 'required').max(200, 'tooLong')).min(1, 'required').max(10, 'tooMany'),
  reason: z.enum(guardReasons),
  /**
   * Longer phrases that contain a guarded one but are fine to say, e.g. 看不清楚 (a symptom) for
   * 不清楚, or 您不知道 (the customer does not know) for 不知道. Text matching one is not flagged.
   */
  allowed: z.array(phrase).max(60, 'tooMany').optional(),
});
export type GuardRule = z.infer<typeof guardRuleSchema>;

export const guardRulesSchema = z.array(guardRuleSchema).refine((rules) => new Set(rules.map((r) => r.id)).size === rules.length, 'duplicate rule id');

export interface GuardFinding {
  /** UTF-16 offsets into the text as given (not normalized): `text.slice(start, end)` is what was typed. */
  start: number;
  end: number;
  /** The rule's phrase that matched, as written in the rule. */
  phrase: string;
  rule: GuardRule;
}

export const defaultGuardRules: GuardRule[] = [
  {
    id: 'zh.unknown',
    locale: 'zh-CN',
    reason: 'negative',
    phrases: ['不知道', '不清楚', '不晓得', '搞不懂'],
    alternatives: ['我帮您核实一下，稍后给您答复', '这个问题我马上帮您查询，请您稍等片刻', '我向负责的同事确认后，尽快给您回复'],
    allowed: ['您不知道', '你不知道', '您不清楚', '你不清楚', '看不清楚', '听不清楚', '不知道您是否', '不知道您方便'],
  },
  {
    id: 'zh.notMine',
    locale: 'zh-CN',
    reason: 'deflection',
    phrases: ['不归我管', '不是我负责的', '不关我的事', '不是我们部门的事', '你找别人吧'],
    alternatives: ['我帮您联系负责的同事，并跟进到底', '我把这件事转给对应的部门，处理进度我会及时告诉您'],
  },
  {
    id: 'zh.deflect',
    locale: 'zh-CN',
    reason: 'deflection',
    phrases: [
      '我们不负责',
      '我们概不负责',
      '概不负责',
      '我们不管',
      '我们管不了',
      '不归我们管',
      '跟我们没关系',
      '和我们没关系',
      '与我们无关',
      '你去找厂家',
      '你找厂家吧',
      '你去找快递',
      '你找快递吧',
      '你自己去问',
    ],
    alternatives: ['这件事由我来帮您对接相关部门，并跟进到处理完毕', '我先把情况记录下来，联系负责的同事后给您回电'],
  },
  {
    id: 'zh.cannot',
    locale: 'zh-CN',
    reason: 'negative',
    phrases: ['没办法', '没有办法', '办不了', '做不到', '不可能'],
    alternatives: ['我们一起看看还有哪些可行的方案', '我向主管申请一下，尽快给您答复'],
    allowed: ['没办法开机', '没办法充电', '没办法联网', '没办法上网', '没办法登录', '没办法连接'],
  },
  {
    id: 'zh.yourself',
    locale: 'zh-CN',
    reason: 'negative',
    phrases: ['你自己看', '你自己查', '你自己弄', '自己看说明书'],
    alternatives: ['我一步一步带您操作', '我把操作步骤发给您，您对照着试一下，我在线上等您'],
  },
  {
    id: 'zh.calm',
    locale: 'zh-CN',
    reason: 'negative',
    phrases: ['你冷静一点', '你别激动', '你别嚷'],
    alternatives: ['非常理解您的心情，我们一起把问题解决', '给您添麻烦了，我马上帮您处理'],
  },
  {
    id: 'zh.overPromise',
    locale: 'zh-CN',
    reason: 'overPromise',
    phrases: ['肯定没问题', '绝对', '保证今天', '保证明天', '保证马上', '百分之百', '百分百', '一定能修好', '肯定能修好', '肯定能解决', '马上就能好', '包您满意'],
    alternatives: ['我会尽快为您处理，并随时告诉您进展', '按流程会在承诺的时限内办理，我会全程跟进'],
    allowed: ['不能保证', '无法保证', '不敢保证', '不一定', '不能肯定', '不敢肯定', '不确定'],
  },
  {
    id: 'zh.refundPromise',
    locale: 'zh-CN',
    reason: 'overPromise',
    phrases: ['肯定*退款', '肯定*退钱', '肯定*赔', '肯定*补偿', '一定*退款', '一定*退钱', '一定*赔', '一定*补偿', '保证*退款', '保证*退钱', '保证*赔', '保证*补偿', '包赔'],
    alternatives: ['退款要按规定审核，我马上帮您提交申请，审核结果第一时间告诉您', '我先为您登记补偿申请，按政策核定后尽快给您答复'],
    allowed: ['不能保证', '无法保证', '不敢保证', '不一定', '不能肯定', '不敢肯定'],
  },
  {
    id: 'zh.blame',
    locale: 'zh-CN',
    reason: 'blame',
    phrases: ['这是你的问题', '是你自己的问题', '你操作错了', '你用错了', '怪你自己', '你自己弄坏的', '谁让你'],
    alternatives: ['我们一起看看是哪一步出了问题', '我再把正确的操作步骤跟您说一遍'],
  },
  {
    id: 'zh.notOurs',
    locale: 'zh-CN',
    reason: 'blame',
    phrases: ['这不是我们的问题', '不是我们的问题', '不是我们这边的问题', '不是我们的错', '不是我们的责任', '都是快递的问题', '是快递的问题', '是厂家的问题', '怪快递'],
    alternatives: ['给您带来不便很抱歉，我先帮您把原因查清楚，再给您处理方案', '我理解您的感受，这件事我来跟进，查明原因后马上联系您'],
  },
  {
    id: 'en.unknown',
    locale: 'en',
    reason: 'negative',
    phrases: ["I don't know", 'I do not know', 'no idea', 'dunno'],
    alternatives: ['Let me check that for you and get back to you shortly.', "I'll confirm it with the right team and come back to you."],
  },
  {
    id: 'en.notMine',
    locale: 'en',
    reason: 'deflection',
    phrases: ['not my job', 'not my department', 'not my problem', "that's not my responsibility", 'ask someone else'],
    alternatives: ['Let me connect you with the team that handles this.', "I'll find the right colleague and follow this through for you."],
  },
  {
    id: 'en.deflect',
    locale: 'en',
    reason: 'deflection',
    phrases: ["we're not responsible", 'we are not responsible', 'not our responsibility', 'nothing to do with us', 'take it up with', 'contact the manufacturer yourself', "we don't deal with that", 'not our department'],
    alternatives: ["I'll take this on and contact the team that can sort it out for you.", "I'll note everything down, speak to the right colleagues and call you back."],
  },
  {
    id: 'en.cannot',
    locale: 'en',
    reason: 'negative',
    phrases: ["there's nothing I can do", 'nothing I can do', "can't help you", 'impossible'],
    alternatives: ["Let's look at what we can do for you.", "I'll ask my supervisor which options we have and get back to you."],
  },
  {
    id: 'en.yourself',
    locale: 'en',
    reason: 'negative',
    phrases: ['read the manual', 'look it up yourself', 'figure it out yourself', 'google it'],
    alternatives: ["I'll guide you through it step by step.", "I'll send you the steps and stay on the line while you try them."],
  },
  {
    id: 'en.calm',
    locale: 'en',
    reason: 'negative',
    phrases: ['calm down', 'you need to relax', 'stop shouting'],
    alternatives: ['I understand how frustrating this is.', "I'm sorry for the trouble this has caused and we'll sort it out together."],
  },
  {
    id: 'en.overPromise',
    locale: 'en',
    reason: 'overPromise',
    phrases: ['I promise', 'I guarantee', 'we guarantee', 'guaranteed', 'definitely fixed', '100% sure', "you'll definitely", 'you will definitely', 'definitely * refund', 'definitely * refunded', 'full refund for sure'],
    alternatives: ["I'll do everything I can and keep you updated.", "I'll follow this up personally and tell you as soon as I know more."],
    allowed: ["can't promise", 'cannot promise', "can't guarantee", 'cannot guarantee'],
  },
  {
    id: 'en.blame',
    locale: 'en',
    reason: 'blame',
    phrases: ['your fault', "that's your problem", 'you should have', 'you did it wrong', 'you broke it', 'user error'],
    alternatives: ["Let's go through what happened together.", 'Let me walk you through the steps once more.'],
  },
  {
    id: 'en.notOurs',
    locale: 'en',
    reason: 'blame',
    phrases: ["that's not our problem", 'not our problem', 'not our fault', "the courier's fault", "the manufacturer's fault", "the manufacturer's problem"],
    alternatives: ["I'm sorry for the trouble; let me find out what went wrong and how we can put it right.", "I understand, and I'll look into what happened and get back to you with a solution."],
  },
];

/* ---------- folding: what the matcher compares ---------- */

/**
 * The text as matched: NFKC (full-width ＡＢＣ and ，？ become their half-width forms, ㈱ → (株)),
 * and 您 read as 你 so one phrase covers both. `from[k]`/`to[k]`: the span of the original text
 * that produced folded code unit k, so a match maps back to exactly what was typed.
 */
interface Folded {
  text: string;
  from: number[];
  to: number[];
}

const markPattern = /^\p{M}/u;
const NIN = 0x60a8; // 您
const NI = '你';

/** Code units that NFKC leaves alone (or maps one-to-one below) and that are never combining marks. */
function isPlain(c: number): boolean {
  return c < 0x80 || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff01 && c <= 0xff5e) || c === 0x3001 || c === 0x3002 || (c >= 0x3008 && c <= 0x3011) || (c >= 0x2018 && c <= 0x201d);
}

function isMarkAt(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  if (c < 0x300 || isPlain(c)) return false;
  return markPattern.test(text.slice(index, index + 2));
}

const codeUnitsAt = (text: string, index: number) => ((text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1);

function fold(text: string): Folded {
  const from: number[] = [];
  const to: number[] = [];
  let out = '';
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (isPlain(c) && (i + 1 >= n || !isMarkAt(text, i + 1))) {
      out += c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : c === NIN ? NI : text[i];
      from.push(i);
      to.push(i + 1);
      i += 1;
      continue;
    }
    // A code point with its combining marks, normalized as one piece.
    let j = i + codeUnitsAt(text, i);
    while (j < n && isMarkAt(text, j)) j += codeUnitsAt(text, j);
    const piece = text.slice(i, j).normalize('NFKC').replaceAll('您', NI);
    out += piece;
    for (let k = 0; k < piece.length; k++) {
      from.push(i);
      to.push(j);
    }
    i = j;
  }
  return { text: out, from, to };
}

/* ---------- the combined matcher, built once per rule list ---------- */

interface Matcher {
  regex: RegExp;
  /** Per capturing group (in order): the rule and phrase it stands for, or null for an allowed phrase. */
  entries: ({ rule: GuardRule; phrase: string } | null)[];
}

const wordChar = '[\\p{Script=Latin}\\p{Nd}]';
const wordCharTest = new RegExp(`^${wordChar}$`, 'u');
const apostrophes = /['’‘ʼ]/;

/** The folded phrase as a pattern: any run of spaces matches any whitespace, an apostrophe is optional, Latin words keep their boundaries. */
function patternOf(folded: string): string {
  let body = '';
  for (const ch of folded.replace(/\s+/g, ' ')) {
    if (ch === ' ') body += '\\s+';
    else if (ch === GAP) body += gapPattern;
    else if (apostrophes.test(ch)) body += "['’‘ʼ]?";
    else body += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  const chars = Array.from(folded);
  const before = wordCharTest.test(chars[0] ?? '') ? `(?<!${wordChar})` : '';
  const after = wordCharTest.test(chars[chars.length - 1] ?? '') ? `(?!${wordChar})` : '';
  return before + body + after;
}

/** A gap inside one clause: anything but clause punctuation (as folded: full-width ，！？；： are ASCII here). */
const gapPattern = `[^,.!?;:\\n。、…]{0,${GAP_MAX}}?`;

const keyOf = (folded: string) => folded.toLowerCase().replace(/['’‘ʼ]/g, '').replace(/\s+/g, ' ');

function buildMatcher(rules: readonly GuardRule[]): Matcher | null {
  const alternatives: { pattern: string; length: number; entry: Matcher['entries'][number] }[] = [];
  const seen = new Set<string>();
  const add = (raw: string, entry: Matcher['entries'][number]) => {
    const folded = fold(raw.trim()).text.trim();
    const key = keyOf(folded);
    if (!folded || seen.has(key)) return;
    seen.add(key);
    alternatives.push({ pattern: patternOf(folded), length: folded.length, entry });
  };
  for (const rule of rules) {
    for (const p of rule.phrases) add(p, { rule, phrase: p });
    for (const p of rule.allowed ?? []) add(p, null);
  }
  if (alternatives.length === 0) return null;
  // At one position the longest phrase wins: 看不清楚 (allowed) before 不清楚, 保证今天 before 保证.
  alternatives.sort((a, b) => b.length - a.length);
  return { regex: new RegExp(alternatives.map((a) => `(${a.pattern})`).join('|'), 'giu'), entries: alternatives.map((a) => a.entry) };
}

const matchers = new WeakMap<readonly GuardRule[], Matcher | null>();

function matcherFor(rules: readonly GuardRule[]): Matcher | null {
  let matcher = matchers.get(rules);
  if (matcher === undefined) {
    matcher = buildMatcher(rules);
    matchers.set(rules, matcher);
  }
  return matcher;
}

/**
 * Every guarded phrase in `text`, left to right, never overlapping (at one position the longest
 * phrase wins). English is matched case-insensitively on word boundaries; full-width and
 * half-width forms match alike. The matcher is built once per rules array (by identity) and
 * cached, so treat a rules array as immutable: edit by making a new array.
 */
export function findGuarded(text: string, rules: readonly GuardRule[] = defaultGuardRules): GuardFinding[] {
  if (!text) return [];
  const matcher = matcherFor(rules);
  if (!matcher) return [];
  const folded = fold(text);
  const { regex, entries } = matcher;
  const findings: GuardFinding[] = [];
  let lastEnd = 0;
  regex.lastIndex = 0;
  for (let m = regex.exec(folded.text); m; m = regex.exec(folded.text)) {
    const group = m.findIndex((value, index) => index > 0 && value !== undefined);
    const entry = entries[group - 1];
    if (!entry) continue; // an allowed phrase: consumed, not flagged
    const start = folded.from[m.index] ?? 0;
    const end = folded.to[m.index + m[0].length - 1] ?? start;
    if (start < lastEnd) continue; // two matches inside one expanded character
    findings.push({ start, end, phrase: entry.phrase, rule: entry.rule });
    lastEnd = end;
  }
  return findings;
}

/* ---------- replacing a flagged clause ---------- */

/** Characters that end a clause: Chinese and Latin commas, stops, question and exclamation marks, semicolons, colons, line breaks. */
const clauseEnd = /[，。！？；：、…,!?;:\n]/;
const sentenceEnd = /[。！？.!?\n]/;

const isClauseEnd = (text: string, i: number): boolean => {
  const ch = text[i] ?? '';
  if (clauseEnd.test(ch)) return true;
  // A full stop ends a clause, but not inside a number (1.5) or an abbreviation without a space after.
  return ch === '.' && !/\d/.test(text[i - 1] ?? '') && (i + 1 >= text.length || /\s/.test(text[i + 1] ?? ''));
};

/**
 * The clause a finding sits in: from after the previous clause punctuation (leading spaces
 * skipped) to before the next one (trailing spaces left out). 好的，这个我不知道，您稍等 → 这个我不知道.
 */
export function clauseOf(text: string, finding: Pick<GuardFinding, 'start' | 'end'>): { start: number; end: number } {
  let start = finding.start;
  while (start > 0 && !isClauseEnd(text, start - 1)) start--;
  while (start < finding.start && /\s/.test(text[start] ?? '')) start++;
  let end = finding.end;
  while (end < text.length && !isClauseEnd(text, end)) end++;
  while (end > finding.end && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

const startsSentence = (text: string, start: number): boolean => {
  let i = start - 1;
  while (i >= 0 && /\s/.test(text[i] ?? '') && text[i] !== '\n') i--;
  return i < 0 || sentenceEnd.test(text[i] ?? '');
};

/** An alternative fitted to where it goes: no stop of its own before the text's punctuation, English capitalised only at a sentence start. */
function fitted(alternative: string, text: string, clause: { start: number; end: number }): string {
  let out = alternative.trim();
  if (clause.end < text.length && isClauseEnd(text, clause.end)) out = out.replace(/[。！.!]+$/u, '');
  if (/^[A-Za-z]/.test(out)) {
    const firstWord = /^[A-Za-z]+(?:['’][A-Za-z]+)?/.exec(out)?.[0] ?? '';
    const keepCapital = /^I(?:['’](?:ll|m|ve|d))?$/.test(firstWord);
    out = startsSentence(text, clause.start) ? out[0]!.toUpperCase() + out.slice(1) : keepCapital ? out : out[0]!.toLowerCase() + out.slice(1);
  }
  return out;
}

/**
 * The text with the whole clause around `finding` replaced by `alternative` (a whole clause, not a
 * word swap, so 这个我不知道 becomes 我帮您核实一下…, never 这个我我帮您…). `caret` is where the
 * replacement ends, for putting the cursor back.
 */
export function replaceClause(text: string, finding: Pick<GuardFinding, 'start' | 'end'>, alternative: string): { text: string; caret: number; replaced: string } {
  const clause = clauseOf(text, finding);
  const insert = fitted(alternative, text, clause);
  return { text: text.slice(0, clause.start) + insert + text.slice(clause.end), caret: clause.start + insert.length, replaced: text.slice(clause.start, clause.end) };
}

/* ---------- keeping flagged text as written ---------- */

/** The fewest characters a reason for keeping flagged text may have (after trimming). */
export const KEEP_REASON_MIN = 4;

/**
 * The agent's decision to keep a flagged phrase as written in a customer-facing field, with the
 * reason; saved with the text and recorded on the case timeline for quality review.
 */
export const guardKeptSchema = z.strictObject({
  /** The field the text is in, e.g. 'solve.solution', 'record.notes', 'note'. */
  field: z.string().regex(/^[A-Za-z.]{1,40}$/, 'invalid'),
  ruleId,
  /** The rule's phrase that matched (as written in the rule). */
  phrase,
  category: z.enum(guardReasons),
  reason: z.string().trim().min(KEEP_REASON_MIN, 'keepReasonRequired').max(200),
});
export type GuardKept = z.infer<typeof guardKeptSchema>;

export interface GuardedText {
  field: string;
  text: string;
}

const keeps = (kept: GuardKept, field: string, finding: GuardFinding) => kept.field === field && kept.ruleId === finding.rule.id && kept.phrase === finding.phrase;

/** Whether one finding in `field` has been kept as written. */
export function isKept(kept: readonly GuardKept[], field: string, finding: GuardFinding): boolean {
  return kept.some((k) => keeps(k, field, finding));
}

/** Every flagged phrase in the fields that is neither replaced nor kept as written with a reason: saving must be refused while any is left. */
export function unresolvedFindings(fields: readonly GuardedText[], kept: readonly GuardKept[], rules: readonly GuardRule[] = defaultGuardRules): { field: string; finding: GuardFinding }[] {
  return fields.flatMap(({ field, text }) => findGuarded(text, rules).filter((finding) => !isKept(kept, field, finding)).map((finding) => ({ field, finding })));
}

/** The keep decisions that still apply to the text as saved (a phrase edited away since is dropped), each once, with the clause it was kept in. */
export function keptInText(fields: readonly GuardedText[], kept: readonly GuardKept[], rules: readonly GuardRule[] = defaultGuardRules): (GuardKept & { excerpt: string })[] {
  const out: (GuardKept & { excerpt: string })[] = [];
  for (const { field, text } of fields) {
    for (const finding of findGuarded(text, rules)) {
      const decision = kept.find((k) => keeps(k, field, finding));
      if (!decision || out.some((o) => o.field === field && o.ruleId === decision.ruleId && o.phrase === decision.phrase)) continue;
      const clause = clauseOf(text, finding);
      out.push({ ...decision, reason: decision.reason.trim(), excerpt: text.slice(clause.start, clause.end).slice(0, 200) });
    }
  }
  return out;
}
