/**
 * Issue 17's rows for a demo case: the chat and email replies recorded as sent, approvals a lead
 * decided during the call (live or over the shoulder) and ones still waiting, engineer visit
 * bookings, and complaint evidence (metadata only: the demo has no files). Drawn from a random
 * source of their own (see `liveWorkRng`), so adding them left every other demo row as it was.
 */
import { HOUR_MS, MINUTE_MS } from './demoCalendar';
import type { DemoSink } from './demoTables';
import { DemoRng, demoId } from './random';

/** The extra source for these rows: seeded from the demo's seed, its ids counted apart from the main source's (never the same id). */
export function liveWorkRng(seed: number): DemoRng {
  const rng = new DemoRng((seed ^ 0x5f17_0017) >>> 0);
  rng.idCounter = 0x8000_0000;
  return rng;
}

interface ReplyText {
  who: string;
  product: string;
  orderNo: string;
}

const firstReplies: readonly ((t: ReplyText) => string)[] = [
  (t) => `${t.who}您好，您说的${t.product}的情况已经记下了，我这边马上帮您查，请稍等。`,
  (t) => `${t.who}您好，感谢您的耐心。关于${t.product}，麻烦您提供一下购买时的订单号或机身编号，方便我们核对。`,
  (t) => (t.orderNo ? `${t.who}您好，订单 ${t.orderNo} 的处理进度已经帮您查到了，下面是具体说明。` : `${t.who}您好，您的问题已转给负责同事，处理有进展会第一时间告诉您。`),
  (t) => `${t.who}您好，很抱歉给您带来不便。我们已为您登记${t.product}的问题，会尽快给出处理方案。`,
];
const laterReplies: readonly ((t: ReplyText) => string)[] = [
  (t) => `${t.who}，处理方案已经确定：我们会安排专人跟进${t.product}的问题，预计两个工作日内完成。`,
  () => '补充一下：如果问题再次出现，直接回复这条消息就可以，不需要重新排队。',
  (t) => `${t.who}，刚才和售后同事确认过了，您的情况符合保修条件，费用由我们承担。`,
  () => '请问还有其他需要帮忙的地方吗？没有的话这次服务就先到这里，祝您生活愉快。',
];
const firstRepliesEn: readonly ((t: ReplyText) => string)[] = [
  (t) => `Hello ${t.who}, thanks for getting in touch about your ${t.product}. I am looking into it now.`,
  (t) => `Hello ${t.who}, could you send us the order number or the serial number of the ${t.product}? That lets us check the details.`,
  (t) => `Hello ${t.who}, sorry for the trouble with your ${t.product}. I have logged it and will come back to you with a plan.`,
];
const laterRepliesEn: readonly ((t: ReplyText) => string)[] = [
  (t) => `Update: a colleague will follow up on the ${t.product} within two working days.`,
  () => 'If it happens again, just reply to this message; there is no need to queue again.',
  () => 'Is there anything else we can help with today?',
];
const templates = ['tpl-greeting', 'tpl-apology', 'tpl-progress', null] as const;

export interface RepliesInput {
  caseId: string;
  channel: 'chat' | 'email';
  agentId: string;
  english: boolean;
  text: ReplyText;
  /** The case's first response: the first reply is sent then. */
  firstAt: number;
  /** Later replies fall before this (the case's resolution, or now). */
  until: number;
}

/** One to three replies, the first at the case's first response; returns them for the caller's `replySent` events. */
export function writeReplies(rng: DemoRng, sink: DemoSink, input: RepliesInput): { id: string; at: number; body: string }[] {
  const { english, text } = input;
  const count = rng.chance(0.6) ? 1 : rng.chance(0.7) ? 2 : 3;
  const written: { id: string; at: number; body: string }[] = [];
  let at = input.firstAt;
  for (let i = 0; i < count; i++) {
    if (i > 0) {
      const room = input.until - at;
      if (room < 2 * MINUTE_MS) break;
      at += Math.min(room - 1, input.channel === 'chat' ? rng.int(MINUTE_MS, 20 * MINUTE_MS) : rng.int(HOUR_MS, 30 * HOUR_MS));
    }
    const pool = i === 0 ? (english ? firstRepliesEn : firstReplies) : english ? laterRepliesEn : laterReplies;
    const body = rng.pick(pool)(text);
    const id = demoId(rng, at);
    sink.case_replies(id, input.caseId, input.channel, body, at, input.agentId, rng.pick(templates), input.channel === 'email' ? `<${id}@mail.example.com>` : null, at);
    written.push({ id, at, body });
  }
  return written;
}

const decisionReasons = ['老客户，历史记录良好，同意', '属于质量问题，按政策可以办理', '金额在组长权限内，同意', '超出补偿标准，改为优惠券', '已有同类补偿记录，不同意', '请先按保修流程检测'];
const pendingSummaries = ['客户要求上门更换整机，超出坐席权限', '申请补偿一百元运费', '第二次维修未果，申请换新', '申请延长保修六个月'];

export interface ApprovalInput {
  /** The row's id (made before the call's `approvalRequested` event, which names it). */
  id: string;
  caseId: string;
  callRef: string;
  branchId: string;
  teamId: string;
  agentId: string;
  leadId: string;
  customer: string;
  remedy: string;
  summary: string;
  requestedAt: number;
  decision: 'granted' | 'denied' | 'pending';
  decidedAt: number | null;
}

/** An approval asked during a call; a decided one was decided live (mostly) or over the shoulder. Returns the row's id and decision. */
export function writeApproval(rng: DemoRng, sink: DemoSink, input: ApprovalInput): { via: 'live' | 'shoulder' | null; reason: string } {
  const { id } = input;
  const pending = input.decision === 'pending';
  const via = pending ? null : rng.chance(0.75) ? 'live' : 'shoulder';
  const reason = pending ? '' : rng.pick(decisionReasons);
  const summary = pending && !input.summary ? rng.pick(pendingSummaries) : input.summary;
  sink.approval_requests(
    id,
    input.callRef,
    input.caseId,
    input.branchId,
    input.teamId,
    input.agentId,
    input.customer,
    input.remedy,
    summary,
    input.requestedAt,
    input.decision,
    pending ? null : input.leadId,
    pending ? null : input.decidedAt,
    via,
    reason,
  );
  return { via, reason };
}

const durations = [30, 45, 60, 90, 120, 180] as const;

/** An engineer visit booked for a repair or fault case: the day, the time slot, where, and how long it should take. */
export function writeVisit(rng: DemoRng, sink: DemoSink, input: { caseId: string; engineer: string; day: string; timeSlot: string; address: string; bookedAt: number }): void {
  sink.visit_bookings(demoId(rng, input.bookedAt), input.caseId, input.engineer, input.day, input.timeSlot, input.address, rng.pick(durations), input.bookedAt);
}

const evidenceKinds: readonly (readonly [string, string, string])[] = [
  ['开箱照片', 'image/jpeg', 'jpg'],
  ['破损细节', 'image/png', 'png'],
  ['购物小票', 'image/jpeg', 'jpg'],
  ['发票', 'application/pdf', 'pdf'],
  ['包装外箱', 'image/webp', 'webp'],
];
const evidenceKindsEn: readonly (readonly [string, string, string])[] = [
  ['unboxing', 'image/jpeg', 'jpg'],
  ['damage-close-up', 'image/png', 'png'],
  ['receipt', 'application/pdf', 'pdf'],
];

/** One to three evidence files attached by the agent (metadata only: name, type, size and checksum). */
export function writeEvidence(rng: DemoRng, sink: DemoSink, input: { caseId: string; agentId: string; english: boolean; from: number; until: number }): void {
  const count = rng.int(1, 3);
  for (let i = 0; i < count; i++) {
    const [name, mediaType, ext] = rng.pick(input.english ? evidenceKindsEn : evidenceKinds);
    const at = input.from + Math.floor((input.until - input.from) * rng.float());
    let sha256 = '';
    for (let k = 0; k < 8; k++) sha256 += rng.uint32().toString(16).padStart(8, '0');
    const size = mediaType === 'application/pdf' ? rng.int(40_000, 900_000) : rng.int(150_000, 6_000_000);
    sink.case_evidence(demoId(rng, at), input.caseId, `${name}-${i + 1}.${ext}`, mediaType, size, sha256, input.agentId, at);
  }
}
