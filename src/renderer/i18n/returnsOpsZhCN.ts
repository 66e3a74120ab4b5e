/** Returns as the lead oversees them (team view), return step clocks' wording and visit bookings (zh-CN). `returnsOpsEn.ts` has the same keys. */
export const returnsOpsZhCN = {
  teamReturns: {
    title: '进行中的退换货',
    empty: '团队目前没有进行中的退换货。',
    summary: '共 {{open}} 件，其中 {{overdue}} 件逾期',
    waiting: '等待：{{step}}',
    due: '{{time}} 前',
    noDeadline: '此环节不限时',
    overdueBy: '已逾期 {{time}}',
    requested: '{{time}} 申请 · 处理人 {{agent}}',
    record: '登记下一步',
    hide: '收起',
    recorded: '{{number}} 已登记：{{step}}',
  },
  visits: {
    title: '上门预约',
    empty: '没有上门预约。',
    line: '{{day}} {{slot}} · 工程师 {{engineer}} · 预计 {{minutes}} 分钟',
    address: '上门地址：{{address}}',
    fields: {
      address: '上门地址',
      durationMinutes: '预计时长（分钟）',
    },
    durationHint: '15 到 720 分钟',
    errors: {
      engineer: '请填写上门工程师',
      date: '请选择上门日期',
      address: '请填写上门地址',
      duration: '预计时长要填 15 到 720 之间的整数分钟',
    },
  },
};
