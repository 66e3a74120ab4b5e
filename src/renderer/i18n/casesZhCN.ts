/** zh-CN messages under `cases.*` (en: casesEn.ts, same keys). */
export const casesZhCN = {
  cases: {
  },
};
