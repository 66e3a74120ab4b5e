/** Issue 17 (promises kept): the lead's alerts for major complaints and missed follow-ups. */
export const promisesZhCN = {
  promises: {
    kinds: {
      callback: '约定回电',
      escalationFeedback: '升级后的答复',
      transferCheck: '转接后的确认',
      visitConfirmation: '上门后的确认',
      complaintPlan: '投诉处理方案',
    },
    majorTitle: '重大投诉',
    majorEmpty: '暂无等待组长跟进的重大投诉。',
    majorBanner: '有 {{count}} 起重大投诉已升级给您，请尽快跟进。',
    majorLine: '{{customer}} · 承办：{{agent}} · {{time}}升级',
    feedbackDue: '需在 {{time}} 前答复',
    feedbackDone: '已答复',
    feedbackMissed: '答复已超时',
    missedTitle: '已错过的回访',
    missedEmpty: '没有错过的回访。',
    missedLine: '约定时间 {{time}} · 负责人：{{agent}}',
  },
};
