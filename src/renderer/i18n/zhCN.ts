import { callZhCN } from './callZhCN';
import { callFlowZhCN } from './callFlowZhCN';
import { syncZhCN } from './syncZhCN';
import { reportsZhCN } from './reportsZhCN';
import { casesZhCN } from './casesZhCN';
import { caseDetailZhCN } from './caseDetailZhCN';
import { customer360ZhCN } from './customer360ZhCN';
import { followUpsZhCN } from './followUpsZhCN';
import { kbZhCN } from './kbZhCN';
import { shellZhCN } from './shellZhCN';
import { desktopZhCN } from './desktopZhCN';
import { startupZhCN } from './startupZhCN';
import { clocksZhCN } from './clocksZhCN';
import { accountsZhCN } from './accountsZhCN';
import { formsZhCN } from './formsZhCN';
import { promisesZhCN } from './promisesZhCN';
import { channelFlowZhCN } from './channelFlowZhCN';
import { returnsZhCN } from './returnsZhCN';
import { caseRepliesZhCN } from './caseRepliesZhCN';
import { termLabels } from '../../shared/schemas/termLabels';
import { liveApprovalsZhCN } from './liveApprovalsZhCN';
import { incidentsZhCN } from './incidentsZhCN';
import { leadAlertsZhCN } from './leadAlertsZhCN';
import { returnsOpsZhCN } from './returnsOpsZhCN';
import { evidenceZhCN } from './evidenceZhCN';
import { qualityZhCN } from './qualityZhCN';
import { scriptPolicyZhCN } from './scriptPolicyZhCN';
import { phrasePolicyZhCN } from './phrasePolicyZhCN';
import { gatePolicyZhCN } from './gatePolicyZhCN';
import { authorityPolicyZhCN } from './authorityPolicyZhCN';
import { policiesZhCN } from './policiesZhCN';

/** Simplified Chinese: the default language. `en.ts` must have exactly the same keys. */
export const zhCN = {
  lock: {
    title: '屏幕已锁定',
    whoSignedIn: '{{name}}（工号 {{number}}）已登录。请输入密码继续工作。',
    standalone: '离开座位时屏幕会自动锁定，客户信息不会外露。',
    password: '密码',
    unlock: '解锁',
  },
  app: {
    title: 'AgentDesk 客服坐席台',
    language: '界面语言',
    loading: '正在打开本地数据库…',
    shortcuts: '快捷键：Ctrl+K 搜索 · Ctrl+1…{{last}} 切换工作区 · Ctrl+Shift+N 接听来电 · Ctrl+N 新建工单 · Ctrl+L 锁屏 · 按 ? 或 F1 查看全部',
  },
  channels: termLabels['zh-CN'].channels,
  statuses: termLabels['zh-CN'].statuses,
  newCase: {
    title: '新建工单',
    customerName: '客户姓名',
    customerNamePlaceholder: '例如：王女士',
    customerPhone: '联系电话',
    customerPhonePlaceholder: '手机或带区号的座机',
    channel: '来访渠道',
    subject: '问题摘要',
    subjectPlaceholder: '一句话说明客户遇到的问题',
    submit: '创建工单',
    submitting: '正在保存…',
    created: '工单 {{number}} 已保存到本机',
    customerEmail: '电子邮箱',
    customerEmailPlaceholder: '没有电话时可只填邮箱',
    contactHint: '电话和邮箱至少填一项；电话渠道须填电话。',
  },
  caseList: {
    title: '工单列表',
    total: '共 {{count}} 张',
    empty: '还没有工单。在左侧填写客户信息，即可创建第一张工单。',
    loadMore: '加载更多',
    loading: '加载中…',
    columns: { number: '工单号', customer: '客户', phone: '电话', channel: '渠道', subject: '问题摘要', status: '状态', updatedAt: '更新时间' },
  },
  ...callZhCN,
  ...callFlowZhCN,
  ...channelFlowZhCN,
  ...syncZhCN,
  ...startupZhCN,
  ...reportsZhCN,
  ...casesZhCN,
  ...caseDetailZhCN,
  ...customer360ZhCN,
  ...followUpsZhCN,
  ...kbZhCN,
  ...shellZhCN,
  ...desktopZhCN,
  ...clocksZhCN,
  ...accountsZhCN,
  ...formsZhCN,
  ...liveApprovalsZhCN,
  ...incidentsZhCN,
  ...leadAlertsZhCN,
  ...evidenceZhCN,
  ...promisesZhCN,
  ...returnsZhCN,
  ...caseRepliesZhCN,
  ...returnsOpsZhCN,
  ...qualityZhCN,
  ...scriptPolicyZhCN,
  ...phrasePolicyZhCN,
  ...gatePolicyZhCN,
  ...authorityPolicyZhCN,
  ...policiesZhCN,
  profile: {
    button: '坐席：{{name}} {{number}}',
    setUp: '设置坐席信息',
    title: '坐席信息',
    why: '问候话术会用到公司名称、您的姓名和工号。',
    signedInAs: '当前登录：{{name}}（工号 {{number}}）。话术中的姓名和工号取自登录账号。',
    companyName: '公司名称',
    agentName: '坐席姓名',
    agentNumber: '工号',
    save: '保存',
    serverUrl: '同步服务器地址',
    serverUrlPlaceholder: '例如 https://sync.example.com（留空为单机模式）',
    serverUrlHelp: '留空则以单机模式运行，数据只保存在本机。',
    serverUrlInvalid: '请输入以 https:// 开头的完整地址',
    adminOnly: '只有管理员可以更改同步服务器地址和更新设置（或由本机策略统一设置），本次没有保存。',
    diagnostics: '导出诊断信息',
    diagnosticsHelp: '给技术支持的文件：版本、本地数据库状态、同步状态和已脱敏的日志，不含客户资料。',
    diagnosticsSaved: '已保存到：{{path}}',
  },
  detail: {
    close: '关闭（Esc）',
    timeline: '处理记录',
    events: {
      created: '创建工单',
      note: '备注',
      statusChanged: '状态变更',
      fieldChanged: '字段修改',
      stageCompleted: '完成通话阶段',
      transfer: '转交',
      escalation: '升级',
      approvalRequested: '申请审批',
      approvalGranted: '审批通过',
      approvalDenied: '审批驳回',
      followUpScheduled: '预约回访',
      followUpDone: '完成回访',
      followUpMissed: '回访逾期',
      survey: '满意度评价',
      returnStep: '退换货进度',
      fieldRevealed: '查看个人信息',
      export: '导出',
      conflict: '同步冲突',
      solutionAttempt: '尝试的解决方案',
      callNotSolved: '客户表示未解决',
      identityChecked: '身份核验',
      phraseKept: '保留原文（质检）',
      replySent: '已发送回复',
      alertAcknowledged: '已确认重大投诉提醒',
      evidenceAdded: '添加凭证',
      evidenceRemoved: '移除凭证',
    },
  },
  search: {
    label: '搜索工单、客户和知识库',
    placeholder: '搜索：姓名、电话、订单号、工单号或关键词（Ctrl+K）',
    results: '搜索结果',
    none: '没有找到与“{{text}}”相关的工单、客户或知识库文章',
    kinds: { case: '工单', customer: '客户', article: '知识库' },
  },
  validation: {
    required: '此项必填',
    tooLong: '内容过长',
    returnStepOutOfOrder: '这一步不能现在登记：请按退换货流程的顺序办理，数据未改动。',
    returnClosed: '这张退换货单已经结束（已拒绝或已处理完），不能再登记步骤。',
    invalidTracking: '快递单号应为 6–40 位字母、数字或连字符',
    visitDuration: '预计时长要填 15 到 720 之间的整数分钟',
    invalidPhone: '请输入有效号码：手机号、带区号的座机或 +86 开头的号码',
    invalidEmail: '邮箱格式不对，应类似 name@example.com',
    invalidChoice: '请从列表中选择',
    invalidType: '格式不正确',
    unknownField: '包含无法识别的字段',
    httpsRequired: '同步服务器必须使用 https://（只有本机地址 localhost、127.0.0.1 可以用 http://）',
    invalid: '内容无效',
    tooShort: '密码至少 8 个字符',
    numberTaken: '这个工号已经有人使用',
    keepReasonRequired: '请写明保留原文的原因（至少 4 个字）',
    guardUnresolved: '有需要处理的不当用语：请替换，或选择“保留原文”并说明原因',
    summaryTooShort: '请用至少 4 个字说明发生了什么',
    contactRequired: '客户至少要留一种联系方式：电话或邮箱',
    duplicatePhone: '这位客户已经登记过这个号码',
    addressTooShort: '地址太短，请写到街道门牌',
    evidenceEmpty: '这个文件是空的，未添加。',
    evidenceTooLarge: '文件超过 10 MB，未添加。请压缩或拆分后再试。',
    evidenceType: '只能添加 JPEG、PNG、WebP 图片或 PDF 文件（按文件内容判断，不看扩展名），未添加。',
    evidenceNotHere: '本机还没有这个文件，服务器暂时也取不到。联网同步后再打开。',
    tooMany: '条目太多，请删减一些',
    notANumber: '请填写数字',
    tooSmall: '数值太小：目标不能小于 0，上限要大于 0',
    tooLarge: '数值太大：最多 366 天（527040 分钟）',
    limitBeforeTarget: '上限不能小于目标',
    duplicateId: '同一个时钟出现了两次',
    adminOnly: '只有管理员可以修改规则，本次没有发布。',
    effectiveInPast: '生效时间不能早于现在：新规则不能改写已经在计的时钟。',
    dispositionCodeFormat: '代码以字母开头，只能用字母、数字、_ 或 -，最多 40 个字符',
    duplicateDispositionCode: '这个代码已经用过了，每个代码只能出现一次',
    noActiveDisposition: '至少要保留一个在用的处理结果代码，否则坐席无法保存通话',
    unknownDisposition: '这个处理结果代码不在现行规则里（可能已停用），请重新选择。通话未保存，数据未改动。',
    dispositionRemoved: '已发布过的代码不能删除，只能取消“在用”停用它（已保存的通话还在使用这个代码）。本次没有发布。',
    dispositionMeansFixed: '已发布过的代码不能改基础结果：已保存的通话会跟着变义。请新增一个代码。',
  },
  errors: {
    validation: '请修改标出的内容后再提交。',
    unknown_channel: '请求被拒绝：来源不受信任。',
    not_found: '没有找到这条记录，它可能已被删除。',
    conflict: '这条记录已被他人修改，请刷新后重试。',
    invalid_transition: '工单当前状态不能直接改为所选状态。',
    forbidden: '您的角色没有这项操作的权限，请联系组长。',
    storage: '本地数据库暂时无法访问，数据未改动。请稍后重试，或联系技术支持。',
    disk_full: '磁盘已满，这次的内容没有保存。请清理磁盘空间后再保存，或联系技术支持。',
    read_only: '本地数据库现在是只读的，这次的内容没有保存。请联系技术支持检查文件权限。',
    bad_credentials: '工号或密码不对，请重新输入。',
    too_many_attempts: '密码错误次数过多，请 5 分钟后再试，或请组长重置密码。',
    server_unreachable: '连不上服务器，且本机没有您的离线登录记录。请联网后首次登录。',
    not_configured: '还没有设置同步服务器，本机以单机模式运行。',
    untrusted_server: '已拒绝登录：该服务器无法证明自己是本机信任的同步服务器（签名密钥不符），数据未改动。请告知管理员。',
    offline_sign_in_expired: '不能再离线登录：本机已太久没有连上服务器确认您的账号。请在能连上服务器时登录。',
    account_revoked: '服务器已重置或停用此账号，不能在本机离线登录。请在能连上服务器时登录，或联系组长。',
    not_signed_in: '请先登录：未登录时不能保存任何记录，数据未改动。',
    account_inactive: '此账号已被停用，不能登录。请联系本机管理员。',
    already_set_up: '本机已经有管理员了，不能再次初始化。请用已有账号登录。',
    internal: '发生意外错误，数据未改动。请重试；问题持续时请联系技术支持。',
    not_ready: '本地数据库还在打开中（或已损坏），暂时不能进行这项操作，数据未改动。',
  },
};
