/**
 * Quality scorecards (质检, issue 18): weighted criteria with guidance for the lead who scores a
 * call. Scorecards are versioned like policies: each version has an effective time, and a call is
 * scored on the version in force when the call began. The built-in card below is version 1.
 */
export const qualityMarks = ['met', 'partial', 'missed', 'na'] as const;
export type QualityMark = (typeof qualityMarks)[number];

/** Text of a criterion in each language of the desktop. */
export interface LocalText {
  'zh-CN': string;
  en: string;
}

/** What a criterion can be pre-filled from (see prefill.ts); null: the lead judges it alone. */
export const prefillSources = ['greetStage', 'verification', 'confirmStage', 'solution', 'hold', 'phraseGuard', 'clocks', 'closing'] as const;
export type PrefillSource = (typeof prefillSources)[number];

export interface QualityCriterion {
  id: string;
  /** Relative weight, 1–100; the score divides by the weights of the criteria that apply. */
  weight: number;
  title: LocalText;
  guidance: LocalText;
  prefill: PrefillSource | null;
}

export interface Scorecard {
  id: string;
  version: number;
  /** Calls that began at or after this time are scored on this version. */
  effectiveFrom: number;
  criteria: QualityCriterion[];
}

export const DEFAULT_SCORECARD_ID = 'builtin-call-quality';

/** The built-in scorecard (version 1): what domain.md asks a lead to look at on every call. */
export const defaultScorecard: Scorecard = {
  id: DEFAULT_SCORECARD_ID,
  version: 1,
  effectiveFrom: 0,
  criteria: [
    {
      id: 'greeting',
      weight: 10,
      title: { 'zh-CN': '开场问候', en: 'Opening' },
      guidance: { 'zh-CN': '接起后主动问好，报出部门与工号，语气友好。', en: 'Greets first, names the team and own number, in a friendly tone.' },
      prefill: 'greetStage',
    },
    {
      id: 'identity',
      weight: 15,
      title: { 'zh-CN': '身份核实', en: 'Identity check' },
      guidance: { 'zh-CN': '涉及账户或个人信息前先核实来电者身份，并记录核实方式。', en: 'Checks who is calling, and records how, before any account or personal detail is shared.' },
      prefill: 'verification',
    },
    {
      id: 'understanding',
      weight: 15,
      title: { 'zh-CN': '需求确认', en: 'Understanding the need' },
      guidance: { 'zh-CN': '耐心听完，不打断；用自己的话复述问题并得到客户认可。', en: 'Listens without cutting in, then restates the problem and gets the caller’s agreement.' },
      prefill: 'confirmStage',
    },
    {
      id: 'solution',
      weight: 20,
      title: { 'zh-CN': '解决方案', en: 'Solution' },
      guidance: { 'zh-CN': '给出可执行的方案；权限外的问题明确升级或转接，并告知时限。', en: 'Offers a workable answer; beyond own authority, escalates or transfers and says by when.' },
      prefill: 'solution',
    },
    {
      id: 'hold',
      weight: 10,
      title: { 'zh-CN': '等待与保持', en: 'Holds' },
      guidance: { 'zh-CN': '保持前说明原因和时长，按时回到线上，总等待尽量短。', en: 'Says why and how long before a hold, comes back on time, keeps total hold short.' },
      prefill: 'hold',
    },
    {
      id: 'language',
      weight: 15,
      title: { 'zh-CN': '服务用语', en: 'Language' },
      guidance: { 'zh-CN': '使用规范礼貌用语，不用禁用语；保留的敏感说法须有合理理由。', en: 'Polite, standard wording; no forbidden phrases, and any flagged phrase kept has a sound reason.' },
      prefill: 'phraseGuard',
    },
    {
      id: 'timeliness',
      weight: 10,
      title: { 'zh-CN': '时效达标', en: 'Time targets' },
      guidance: { 'zh-CN': '响应与处理时限均在目标之内。', en: 'Response and resolution stay within their targets.' },
      prefill: 'clocks',
    },
    {
      id: 'closing',
      weight: 5,
      title: { 'zh-CN': '结束与回访', en: 'Closing' },
      guidance: { 'zh-CN': '确认问题是否解决，邀请满意度评价，礼貌道别。', en: 'Checks the problem is solved, invites a satisfaction rating, closes politely.' },
      prefill: 'closing',
    },
  ],
};

/** The version in force at `at`: the latest effective at or before it (the built-in card when none is). */
export function scorecardAt(versions: readonly Scorecard[], at: number): Scorecard {
  let best: Scorecard | null = null;
  for (const card of versions) {
    if (card.effectiveFrom > at) continue;
    if (!best || card.effectiveFrom > best.effectiveFrom || (card.effectiveFrom === best.effectiveFrom && card.version > best.version)) best = card;
  }
  return best ?? defaultScorecard;
}
