/** A major complaint alerts the team lead (issue 17), in Simplified Chinese. `leadAlertsEn.ts` has the same keys. */
export const leadAlertsZhCN = {
  leadAlerts: {
    label: '重大投诉提醒',
    heading: '重大投诉，需要组长跟进',
    what: '客户 {{customer}} · 工单 {{number}} · {{subject}}',
    assignee: '受理坐席：{{agent}}',
    noAssignee: '尚未分派坐席',
    clock: '30 分钟反馈时限：请在 {{due}} 前联系客户（还剩 {{left}}）',
    clockCustom: '{{minutes}} 分钟反馈时限：请在 {{due}} 前联系客户（还剩 {{left}}）',
    overdue: '反馈时限已过（应在 {{due}} 前联系客户，已超出 {{late}}）',
    open: '查看工单',
    acknowledge: '知道了',
    more: '另有 {{count}} 条未确认的重大投诉提醒',
    failed: '确认没有记录下来：',
  },
};
