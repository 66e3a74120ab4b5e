/**
 * The Chinese lines of the written and counter channels, version 1: a counter greeting for
 * walk-ins, and opening and closing lines plus reply templates for chat and email. The English
 * file mirrors this one id for id.
 */
import type { ChannelScriptSet } from './channelScriptTypes';

export const zhCNChannelScripts: ChannelScriptSet = {
  walkIn: {
    greet: {
      lines: [
        { id: 'open', text: '您好，欢迎光临{company}服务中心，我是{agentName}，工号{agentNumber}，请坐，今天想办理什么业务？' },
        { id: 'lookup', text: '麻烦出示一下订单号或者报一下手机号、会员账号，我先把您的资料调出来。' },
        { id: 'verify', when: 'verified', text: '{customer}您好，资料已经调出来了。为了安全起见，请您出示一下证件，或者报一下预留手机号的后四位。' },
        { id: 'register', when: 'newCaller', text: '系统里还没有您的资料，我先帮您登记一下，请问怎么称呼您？留个手机号或者邮箱都可以。' },
        { id: 'anonymous', when: 'anonymous', text: '不方便留资料也没关系，我先按匿名咨询登记，照样为您办理。' },
      ],
      checklist: [
        { id: 'welcome', text: '起身迎接，报出服务中心名称、本人姓名和工号' },
        { id: 'lookup', text: '用订单号、手机号或账号找到客户' },
        { id: 'verify', text: '核对证件或预留手机号后四位，或明确记为匿名' },
      ],
    },
    record: {
      lines: [
        { id: 'thanks', when: 'named', text: '{customer}，今天的事情就先办到这里，感谢您专门跑一趟。' },
        { id: 'thanksAnonymous', when: 'anonymous', text: '今天的事情就先办到这里，感谢您专门跑一趟。' },
        { id: 'goodbye', text: '回去路上注意安全，有问题随时来店或者来电，再见！' },
      ],
      checklist: [
        { id: 'summary', text: '写清问题和解决方案' },
        { id: 'disposition', text: '选择结案代码' },
        { id: 'save', text: '送客后完成整理并保存' },
      ],
    },
    templates: [],
    /** The scenario's lines said this channel's way (see lineOverridesSchema). */
    lines: {
      '*.solve.transfer': '这个问题由{transferTarget}负责处理，我这就请同事过来接待您，大约需要等候{expectedWait}，您先坐下稍等。',
      '*.solve.escalate': '这件事我已经完整交给{escalationTarget}跟进，您不用在店里等，{feedbackTime}之内会有专人主动联系您。',
      'consultation.solve.sendGuide': '我也可以把图文步骤发到您的手机或邮箱，方便您回家以后对照，需要吗？',
      'complaint.solve.plan': '处理方案会在{feedbackTime}之内给到您，办理完成后我们会再联系您确认。',
      'afterSales.solve.change': '如果时间有变动，我们会提前联系您；您需要改约的话，来店或联系我们都可以。',
      'faultDiagnosis.solve.tried': '来店之前您试过哪些办法？比如重启、检查电源和线缆、重新登录？',
      'faultDiagnosis.solve.outcome': '如果现场暂时处理不好，我先教您一个临时办法，同时为您安排工程师上门或送修检测。',
      '*.followUp.escalationPending': '{escalationTarget}会在{feedbackTime}之内给您答复；如果到时还没有人联系您，随时联系我们，我们接着跟进。',
      '*.followUp.callback': '之后我们会再联系您做个回访，您看什么时间、用什么方式联系您比较方便？',
    },
  },
  chat: {
    greet: {
      lines: [
        { id: 'open', text: '您好，这里是{company}在线客服，我是{agentName}（工号{agentNumber}），很高兴为您服务，请问有什么可以帮您？' },
        { id: 'lookup', text: '方便的话请发一下订单号、手机号或者会员账号，我帮您查一下记录。' },
        { id: 'register', when: 'newCaller', text: '查不到您的资料，我先为您登记，请告诉我怎么称呼您，并留一个手机号或邮箱。' },
      ],
      checklist: [
        { id: 'firstReply', text: '30秒内发出第一条回复（首次响应时限）' },
        { id: 'lookup', text: '用订单号、手机号或账号找到客户，或记为匿名' },
        { id: 'recordSent', text: '每条发出的消息都点“记为已发送”' },
      ],
    },
    record: {
      lines: [
        { id: 'thanks', when: 'named', text: '{customer}，感谢您的耐心，本次会话就先到这里。' },
        { id: 'goodbye', text: '之后有任何问题，随时在这里给我们留言，祝您生活愉快！' },
      ],
      checklist: [
        { id: 'fullReply', text: '30分钟内给出完整答复' },
        { id: 'disposition', text: '选择结案代码' },
        { id: 'save', text: '会话结束后整理并保存' },
      ],
    },
    templates: [
      { id: 'welcome', stage: 'greet', text: '您好，这里是{company}在线客服，我是{agentName}，请问有什么可以帮您？' },
      { id: 'moment', stage: 'confirm', text: '{customer}，我理解您的情况了，正在为您查询，请稍等一两分钟。' },
      { id: 'restate', stage: 'confirm', text: '我确认一下：您遇到的问题是……，希望我们……，我理解得对吗？' },
      { id: 'answer', stage: 'solve', text: '{customer}，关于{product}的这个问题，处理方法如下：……。您可以先按这个试一下，有问题随时告诉我。' },
      { id: 'escalated', stage: 'solve', text: '这个问题我已经交给{escalationTarget}处理，{feedbackTime}之内会有人联系您。' },
      { id: 'anythingElse', stage: 'followUp', text: '请问问题解决了吗？还有其他需要我帮忙的吗？' },
      { id: 'survey', stage: 'followUp', text: '稍后会弹出满意度评价，请您为本次服务打1到5分，谢谢！' },
      { id: 'closing', stage: 'record', text: '感谢您的咨询，祝您生活愉快，再见！' },
    ],
    /** The scenario's lines said this channel's way (see lineOverridesSchema). */
    lines: {
      'consultation.solve.kbAnswer': '关于这个问题，我们有现成的操作说明，我把步骤一条一条发给您，您可以边看边操作。',
      '*.solve.transfer': '这个问题由{transferTarget}负责处理，我现在把会话转给对方，大约需要等候{expectedWait}，请先不要关闭对话窗口。',
      '*.solve.escalate': '这件事我已经完整交给{escalationTarget}跟进，您不用一直在线等，{feedbackTime}之内会有专人主动联系您。',
      'consultation.solve.sendGuide': '我把图文步骤直接发在对话里，方便您以后对照，您看可以吗？',
      'complaint.solve.plan': '处理方案会在{feedbackTime}之内给到您，办理完成后我们会再联系您确认。',
      'afterSales.solve.change': '如果时间有变动，我们会提前联系您；您需要改约的话，随时在这里留言就可以。',
      'faultDiagnosis.solve.tried': '在咨询之前您试过哪些办法？比如重启、检查电源和线缆、重新登录？',
      'faultDiagnosis.solve.outcome': '如果在线上暂时处理不好，我先教您一个临时办法，同时为您安排工程师上门或寄回检测。',
      '*.followUp.escalationPending': '{escalationTarget}会在{feedbackTime}之内给您答复；如果到时还没有人联系您，请在这里留言，我们接着跟进。',
      '*.followUp.callback': '之后我们会再联系您做个回访，您看什么时间、通过什么方式联系您比较方便？',
    },
  },
  email: {
    greet: {
      lines: [
        { id: 'open', text: '先读完整封邮件和附件，再用发件地址查找客户。' },
        { id: 'lookup', text: '邮件里有订单号或手机号的，用它核对客户资料；查不到的按新客户登记邮箱。' },
        { id: 'received', text: '记下邮件的接收时间：回复时限从收到邮件算起，24小时内必须回复。' },
      ],
      checklist: [
        { id: 'read', text: '读完正文和附件' },
        { id: 'lookup', text: '用发件邮箱、订单号或手机号找到客户' },
        { id: 'received', text: '填写邮件接收时间' },
      ],
    },
    record: {
      lines: [
        { id: 'sign', text: '回复要有称呼、正文和署名：{agentName}，{company}客户服务部。' },
        { id: 'check', text: '发送前检查收件人、附件和称呼，发出后点“记为已发送”。' },
      ],
      checklist: [
        { id: 'replied', text: '24小时内回复，并已记为已发送' },
        { id: 'disposition', text: '选择结案代码' },
        { id: 'save', text: '整理并保存' },
      ],
    },
    templates: [
      { id: 'received', stage: 'greet', text: '{customer}，您好：\n\n您的来信已收到，我们会尽快核实情况，并在24小时内给您正式答复。\n\n{agentName}\n{company}客户服务部' },
      { id: 'apology', stage: 'confirm', text: '{customer}，您好：\n\n来信收到。给您带来不好的体验，我们深表歉意。根据您的描述，问题是……。为便于核实，请补充订单号和相关照片。\n\n{agentName}\n{company}客户服务部' },
      { id: 'answer', stage: 'solve', text: '{customer}，您好：\n\n关于您来信提到的{product}问题，我们的处理方案如下：\n……\n如对方案有疑问，直接回复本邮件即可。\n\n{agentName}（工号{agentNumber}）\n{company}客户服务部' },
      { id: 'escalated', stage: 'solve', text: '{customer}，您好：\n\n您反映的问题已转交{escalationTarget}跟进，{feedbackTime}之内会有专人与您联系。\n\n{agentName}\n{company}客户服务部' },
      { id: 'followUp', stage: 'followUp', text: '{customer}，您好：\n\n想跟您确认一下，之前的问题现在是否已经解决？如还有其他需要，欢迎随时来信。\n\n{agentName}\n{company}客户服务部' },
    ],
    /** The scenario's lines said this channel's way (see lineOverridesSchema). */
    lines: {
      'consultation.solve.kbAnswer': '关于这个问题，我们有现成的操作说明，步骤整理在下面，您可以按顺序操作。',
      '*.solve.transfer': '这个问题由{transferTarget}负责处理，我已把您的邮件转给对方，预计{expectedWait}之内会有回复。',
      '*.solve.escalate': '这件事我已经完整交给{escalationTarget}跟进，{feedbackTime}之内会有专人主动联系您。',
      'consultation.solve.sendGuide': '图文步骤附在这封邮件里，方便您对照操作。',
      'complaint.solve.plan': '处理方案会在{feedbackTime}之内给到您，办理完成后我们会再联系您确认。',
      'afterSales.solve.change': '如果时间有变动，我们会提前联系您；您需要改约的话，直接回复这封邮件即可。',
      'faultDiagnosis.solve.tried': '来信之前您试过哪些办法？比如重启、检查电源和线缆、重新登录？',
      'faultDiagnosis.solve.outcome': '如果邮件里一时说不清楚，我们先告诉您一个临时办法，同时为您安排工程师上门或寄回检测。',
      '*.followUp.escalationPending': '{escalationTarget}会在{feedbackTime}之内给您答复；如果到时还没有人联系您，请直接回复这封邮件，我们接着跟进。',
      '*.followUp.callback': '之后我们会再联系您做个回访，您看什么时间、通过什么方式联系您比较方便？',
    },
  },
};
