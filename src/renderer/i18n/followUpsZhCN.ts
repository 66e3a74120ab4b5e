/** zh-CN messages under `followUps.*` (en: followUpsEn.ts, same keys). */
export const followUpsZhCN = {
  followUps: {
  },
};
