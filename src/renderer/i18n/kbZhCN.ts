/** zh-CN messages under `kb.*` (en: kbEn.ts, same keys). */
export const kbZhCN = {
  kb: {
  },
};
