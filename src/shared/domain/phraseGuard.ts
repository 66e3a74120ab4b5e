/**
 * The phrase guard: words an agent must not say or type (negative ones such as 不知道, promises
 * that cannot be kept, blaming the customer), each with approved alternatives. The rules are data —
 * admins edit the list — and `findGuarded` runs on every keystroke of a note or reply.
 */
import { z } from 'zod';
import { locales } from '../schemas/settings';

export const guardReasons = ['negative', 'overPromise', 'blame'] as const;
export type GuardReason = (typeof guardReasons)[number];

const phrase = z.string().trim().min(1).max(60);

export const guardRuleSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9._-]{1,40}$/, 'invalid id'),
  locale: z.enum(locales),
  phrases: z.array(phrase).min(1).max(60),
  alternatives: z.array(z.string().trim().min(1).max(200)).min(1).max(10),
  reason: z.enum(guardReasons),
  /**
   * Longer phrases that contain a guarded one but are fine to say, e.g. 看不清楚 (a symptom) for
   * 不清楚, or 您不知道 (the customer does not know) for 不知道. Text matching one is not flagged.
   */
  allowed: z.array(phrase).max(60).optional(),
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
    reason: 'negative',
    phrases: ['不归我管', '不是我负责的', '不关我的事', '不是我们部门的事', '你找别人吧'],
    alternatives: ['我帮您联系负责的同事，并跟进到底', '我把这件事转给对应的部门，处理进度我会及时告诉您'],
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
    phrases: ['肯定没问题', '绝对', '保证今天', '保证明天', '保证马上', '百分之百', '一定能修好', '马上就能好', '包您满意'],
    alternatives: ['我会尽快为您处理，并随时告诉您进展', '按流程会在承诺的时限内办理，我会全程跟进'],
  },
  {
    id: 'zh.blame',
    locale: 'zh-CN',
    reason: 'blame',
    phrases: ['这是你的问题', '是你自己的问题', '你操作错了', '你用错了', '怪你自己', '你自己弄坏的', '谁让你'],
    alternatives: ['我们一起看看是哪一步出了问题', '我再把正确的操作步骤跟您说一遍'],
  },
  {
    id: 'en.unknown',
    locale: 'en',
    reason: 'negative',
    phrases: ["I don't know", 'I do not know', 'no idea', 'dunno'],
    alternatives: ['Let me check that for you and get back to you shortly.', "Good question. I'll confirm it with the right team and come back to you."],
  },
  {
    id: 'en.notMine',
    locale: 'en',
    reason: 'negative',
    phrases: ['not my job', 'not my department', 'not my problem', "that's not my responsibility", 'ask someone else'],
    alternatives: ['Let me connect you with the team that handles this.', "I'll find the right colleague and follow this through for you."],
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
    alternatives: ['I understand how frustrating this is.', "I'm sorry for the trouble this has caused. Let's sort it out together."],
  },
  {
    id: 'en.overPromise',
    locale: 'en',
    reason: 'overPromise',
    phrases: ['I promise', 'I guarantee', 'we guarantee', 'guaranteed', 'definitely fixed', '100% sure'],
    alternatives: ["I'll do everything I can and keep you updated.", "I'll follow this up personally and tell you as soon as I know more."],
  },
  {
    id: 'en.blame',
    locale: 'en',
    reason: 'blame',
    phrases: ['your fault', "that's your problem", 'you should have', 'you did it wrong', 'you broke it', 'user error'],
    alternatives: ["Let's go through what happened together.", 'Let me walk you through the steps once more.'],
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
    else if (apostrophes.test(ch)) body += "['’‘ʼ]?";
    else body += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  const chars = Array.from(folded);
  const before = wordCharTest.test(chars[0] ?? '') ? `(?<!${wordChar})` : '';
  const after = wordCharTest.test(chars[chars.length - 1] ?? '') ? `(?!${wordChar})` : '';
  return before + body + after;
}

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
