/**
 * The built-in Chinese call scripts, version 1: what an admin starts from. Stages shared by every
 * scenario are written once; the English file mirrors this one id for id.
 */
import { scenarios, type Scenario } from '../../schemas/domainTerms';
import type { Script, ScriptLine, StageScript } from './scriptTypes';

const greet: StageScript = {
  lines: [
    { id: 'open', text: '您好，欢迎致电{company}，我是客服{agentName}，工号{agentNumber}，今天由我为您服务。' },
    { id: 'lookup', text: '为了尽快查到您的记录，请告诉我您的手机号、会员账号或者订单号，任意一个都可以。' },
    { id: 'verify', when: 'verified', text: '{customer}您好，已经查到您的资料了。为了保护您的信息安全，麻烦再报一下预留手机号的后四位。' },
    { id: 'register', when: 'newCaller', text: '这个号码在我们这边还没有登记过，我先为您建一份客户资料，以后来电就能更快为您办理。请问您贵姓，怎么称呼您比较好？' },
    { id: 'anonymous', when: 'anonymous', text: '没关系，不方便留信息的话，我先按匿名来电登记，一样可以为您解答。' },
  ],
  checklist: [
    { id: 'announce', text: '报出公司名称、本人姓名和工号' },
    { id: 'lookup', text: '用来电号码、账号或订单号找到客户' },
    { id: 'verify', text: '核对身份（如预留手机号后四位），或明确记为匿名来电' },
  ],
};

const confirm = (ask: string): StageScript => ({
  lines: [
    { id: 'ask', text: ask },
    { id: 'keyPoints', text: '这件事大概是什么时候、在哪里发生的，具体是什么情况？您希望我们怎样帮您解决？' },
    { id: 'restate', text: '我把情况复述一遍，您听听有没有说错的地方：……。我这样理解对吗？' },
  ],
  checklist: [
    { id: 'restated', text: '复述问题并得到客户确认' },
    { id: 'keyPoints', text: '记下时间、地点、经过和客户诉求' },
    { id: 'category', text: '选好问题分类' },
    { id: 'team', text: '判断是否需要其他部门协作' },
  ],
});

/** Transfer etiquette: say where the call goes and how long the wait is, before transferring. */
const transfer: ScriptLine = { id: 'transfer', text: '这个问题由{transferTarget}负责处理，我现在为您转接，大约需要等候{expectedWait}，请先不要挂断。', when: 'unlessEscalated' };
/** Escalation: the customer does not wait on the line; a named colleague comes back to them by a promised time. */
const escalate: ScriptLine = { id: 'escalate', text: '这件事我已经完整交给{escalationTarget}跟进，您不用在线等候，{feedbackTime}之内会有专人主动联系您，请留意来电。', when: 'unlessTransferred' };

const solve: Record<Scenario, StageScript> = {
  consultation: {
    lines: [
      { id: 'kbAnswer', text: '关于这个问题，我这里有现成的操作说明，我一步一步读给您，您可以跟着操作。' },
      { id: 'sendGuide', text: '我也可以把图文步骤发到您的手机或邮箱，方便您以后对照，需要吗？' },
      escalate,
      transfer,
    ],
    checklist: [
      { id: 'kbUsed', text: '找到知识库答案，读给或发给客户' },
      { id: 'understood', text: '确认客户已听懂或已操作成功' },
      { id: 'collaborate', text: '当场解决不了的，5分钟内发起协作，并告诉客户何时回复' },
    ],
  },
  complaint: {
    lines: [
      { id: 'empathy', text: '让您遇到这样的事，实在抱歉，换成是我也会着急。接下来由我负责跟进，直到处理好为止。' },
      { id: 'evidence', text: '为了尽快核实，请您提供购买时间和订单号，方便的话再拍几张照片发给我们。' },
      { id: 'options', text: '按照公司规定，我们可以为您办理退款、换货、维修，或者给予相应补偿，您更倾向哪一种？超出我权限的部分，我会请主管审批。' },
      { id: 'plan', text: '处理方案会在{feedbackTime}之内给到您，办理完成后我会再打电话跟您确认。' },
      escalate,
      transfer,
    ],
    checklist: [
      { id: 'feelings', text: '先回应客户情绪，不争辩、不推脱' },
      { id: 'evidence', text: '核实购买时间、订单号、照片等凭证' },
      { id: 'policy', text: '方案在政策范围内；超出权限的先报主管审批' },
      { id: 'deadline', text: '告知处理方案时限（一般48小时内；重大投诉24小时内先初步答复）' },
    ],
  },
  afterSales: {
    lines: [
      { id: 'address', text: '我来为您安排上门服务，请确认一下上门地址，以及哪个时间段家里有人。' },
      { id: 'booked', text: '已经为您约好：工程师{engineer}会在{visitDate}{timeSlot}上门，整个服务大约需要……小时，以现场检测的情况为准。' },
      { id: 'change', text: '如果时间有变动，我们会提前联系您；您这边需要改约，也可以随时来电。' },
      transfer,
    ],
    checklist: [
      { id: 'address', text: '核对上门地址（只向客户本人确认）' },
      { id: 'slot', text: '约定上门日期和时间段' },
      { id: 'engineer', text: '告知工程师姓名和预计服务时长' },
      { id: 'warranty', text: '确认保修状态和可能产生的费用' },
    ],
  },
  returnExchange: {
    lines: [
      { id: 'eligibility', text: '我先帮您核对条件：商品有质量问题、和描述不一致，或者签收不满7天，都可以申请退换。' },
      { id: 'cost', text: '运费方面，质量问题或货不对板由我们承担；如果是个人原因退换，或者使用不当造成损坏，运费需要您来承担。' },
      { id: 'steps', text: '申请提交后24小时内完成审核，通过后会告诉您寄回方式和地址，请在确认后7天内寄出。' },
      { id: 'refund', text: '我们收到商品并检验后，3到5个工作日内为您办好退款或换货。' },
      transfer,
    ],
    checklist: [
      { id: 'eligible', text: '核对退换条件：质量问题、与描述不符或7天无理由' },
      { id: 'cost', text: '说明运费由哪一方承担（特殊商品按其专门规定）' },
      { id: 'method', text: '确认退换方式和寄回地址' },
      { id: 'deadlines', text: '告知时限：审核24小时、寄回7天、处理3–5个工作日' },
    ],
  },
  faultDiagnosis: {
    lines: [
      { id: 'tried', text: '来电之前您试过哪些办法？比如重启、检查电源和线缆、重新登录？' },
      { id: 'steps', text: '我们一起来排查：请先……，做完后告诉我现在显示的是什么。' },
      { id: 'outcome', text: '如果电话里暂时处理不好，我先教您一个临时办法，同时为您安排工程师上门或寄回检测。' },
      escalate,
      transfer,
    ],
    checklist: [
      { id: 'symptoms', text: '记录故障现象' },
      { id: 'class', text: '判断是硬件、软件还是网络问题' },
      { id: 'tried', text: '记下客户已经试过的步骤' },
      { id: 'outcome', text: '给出解决办法或临时方案，需要时安排上门或返厂' },
    ],
  },
  order: {
    lines: [
      { id: 'found', text: '订单{orderNo}已经查到了，我跟您核对一下商品、数量和收货信息。' },
      { id: 'change', text: '还没发货的订单，收货地址、数量和规格都可以直接修改，您想改哪一项？' },
      { id: 'cancel', text: '如果要取消，未发货的可以直接取消；已经发出的，就改走退货流程，我会告诉您怎么办理。' },
      { id: 'timing', text: '订单一般在下单后24小时内确认，确认后48小时内发货，物流信息在订单详情里随时可以查看。' },
      transfer,
    ],
    checklist: [
      { id: 'found', text: '核对订单号、商品和收货信息' },
      { id: 'action', text: '明确客户要确认、修改还是取消' },
      { id: 'status', text: '查看订单是否已发货' },
      { id: 'timing', text: '告知确认和发货时限' },
    ],
  },
};

const ask: Record<Scenario, string> = {
  consultation: '您想了解的是{product}的哪项功能？是具体怎么操作，还是想先弄清楚它能做什么？',
  complaint: '您慢慢说，我在认真听。请把经过从头讲给我，中间我不打断您。',
  afterSales: '您的{product}现在是什么状况？需要工程师上门看看，还是您更方便寄回来检测？',
  returnExchange: '请问是订单{orderNo}里的哪件商品？您想退货还是换货？商品是哪天签收的？',
  faultDiagnosis: '{product}出了什么状况？从什么时候开始的，是每次都这样还是偶尔出现？',
  order: '请问您是想确认订单{orderNo}的状态，还是要修改或者取消？',
};

const solvedQuestion: Record<Scenario, string> = {
  consultation: '{customer}，照刚才的步骤操作，现在可以正常使用了吗？',
  complaint: '刚才说的处理方案，您觉得可以接受吗？还有哪里不满意，请直接告诉我。',
  afterSales: '工程师上门之后，我们会再联系您，确认{product}是否恢复正常、您对上门服务是否满意。',
  returnExchange: '退换货的每一步进展我们都会通知您，退款到账或新商品送到后，我也会回访确认。',
  faultDiagnosis: '现在{product}恢复正常了吗？如果问题再出现，直接联系我们，我们接着处理。',
  order: '订单{orderNo}已经按您的要求处理好了，您在订单详情里核对一下，信息都对吗？',
};

const followUp = (solved: string): StageScript => ({
  lines: [
    { id: 'solved', text: solved },
    { id: 'transferCheck', when: 'afterTransfer', text: '刚才为您转到了{transferTarget}，那边的同事已经把问题帮您处理好了吗？' },
    { id: 'escalationPending', when: 'afterEscalation', text: '{escalationTarget}会在{feedbackTime}之内给您答复；如果到时还没有人联系您，请直接来电，我们接着跟进。' },
    { id: 'anythingElse', text: '除了这件事，还有别的需要我帮忙的吗？' },
    { id: 'callback', text: '之后我们会再打电话回访，您看哪个时间接听比较方便？' },
    { id: 'survey', text: '最后想请您为今天的服务打个分，1分最低，5分最高，有什么意见或建议也欢迎告诉我。' },
  ],
  checklist: [
    { id: 'solved', text: '确认问题已解决（没解决就回到解决环节并升级）' },
    { id: 'more', text: '询问是否还有其他需要' },
    { id: 'callback', text: '约好回访时间，或记下客户不需要回访' },
    { id: 'survey', text: '请客户打1–5分并记下意见' },
  ],
});

const record: StageScript = {
  lines: [
    { id: 'thanks', when: 'named', text: '{customer}，感谢您的耐心配合。' },
    { id: 'thanksAnonymous', when: 'anonymous', text: '感谢您的来电和耐心配合。' },
    { id: 'contact', text: '以后有任何问题，欢迎随时联系我们。' },
    { id: 'goodbye', text: '祝您一切顺利，再见！' },
  ],
  checklist: [
    { id: 'summary', text: '写清问题和解决方案' },
    { id: 'disposition', text: '选择结案代码' },
    { id: 'collaborators', text: '记下参与处理的同事' },
    { id: 'save', text: '完成话后整理并保存' },
  ],
};

export const zhCNScripts: Script[] = scenarios.map((scenario) => ({
  scenario,
  locale: 'zh-CN',
  version: 1,
  stages: { greet, confirm: confirm(ask[scenario]), solve: solve[scenario], followUp: followUp(solvedQuestion[scenario]), record },
}));
