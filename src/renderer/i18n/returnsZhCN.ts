/** Returns carried to the end, visit bookings and evidence (zh-CN). */
export const returnsZhCN = {
  returnFlow: {
    nextStep: '下一步：{{step}}',
    acts: {
      approve: '审核通过',
      refuse: '拒绝申请',
      confirmMethod: '确认方式和地址',
      ship: '登记客户寄出',
      receive: '登记收货检验',
      process: '完成处理',
    },
    fields: {
      reason: '拒绝原因',
      refuseReason: '拒绝原因（拒绝时必填）',
      method: '退回方式',
      methodHint: '如：上门取件、快递寄回',
      address: '取件或寄回地址',
      trackingNumber: '快递单号',
      inspection: '检验结果',
      resolution: '处理方式',
    },
    resolutions: { refund: '退款', exchange: '换货' },
    states: { open: '进行中', refused: '已拒绝', done: '已完结' },
    stepDeadline: '时限 {{time}}',
    breached: '超时',
    waiting: '等待：{{step}}，{{time}} 前',
    overdue: '已超时',
    tracking: '快递单号：{{number}}',
    resolved: '结果：{{resolution}}',
  },
  returnOffer: {
    title: '不能办理退换货，可以为客户提供：',
    alternatives: { repair: '维修', warrantyService: '保修服务', leadEscalation: '申请组长特批' },
    chosen: '已选择：{{alternative}}。保存通话时不会登记退换货。',
    choose: '改为{{alternative}}',
    offered: '已改为：{{alternative}}',
  },
};
