/** Issue 18: the agent's authority limits (the authorityLimits policy). */
export const authorityPolicyZhCN = {
  authorityPolicy: {
    intro: '勾选的处理方式，坐席不能自行答应客户：通话中选了它，就必须先请组长审批，才能完成解决阶段。其他超出权限的情况仍由坐席自己勾选“超出本人权限”。',
    legend: '需要组长审批的处理方式',
    changes: '审批权限的修改：{{count}} 项',
    noChanges: '还没有修改。',
    needsApproval: '“{{remedy}}”改为需要组长审批',
    agentDecides: '“{{remedy}}”改为坐席可自行处理',
    publish: '发布审批权限新版本',
  },
};
