/** Issue 18: the administrator's stage gates (the stageGates policy). */
export const gatePolicyZhCN = {
  gatePolicy: {
    intro: '决定坐席在通话各阶段必须完成哪些事项才能进入下一步。选择客户、问题分类、解决方案或升级等基本要求始终保留。',
    legend: '阶段要求',
    switches: {
      requireVerified: { label: '问候：先核实身份', hint: '已登记的客户必须核实身份（或明确记为未核实）后才能继续，核实前不显示账户信息。' },
      requireRestatement: { label: '确认：客户认可复述', hint: '坐席复述问题后，必须得到客户确认才能进入解决阶段。' },
      requireSurvey: { label: '跟进：询问满意度', hint: '结束前必须请客户打分（或记下客户拒绝评价）。' },
      requireChecklist: { label: '每个阶段：勾完检查项', hint: '话术旁的检查项全部勾选后才能完成该阶段。' },
    },
    changes: '阶段要求的修改：{{count}} 项',
    noChanges: '还没有修改。',
    turnedOn: '开启：{{name}}',
    turnedOff: '关闭：{{name}}',
    publish: '发布阶段要求新版本',
  },
};
