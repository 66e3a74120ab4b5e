/** zh-CN messages under `shell.*` (en: shellEn.ts, same keys). */
export const shellZhCN = {
  shell: {
    nav: { cases: '工单', followUps: '回访', kb: '知识库', team: '团队看板', reports: '班次报表' },
  },
};
