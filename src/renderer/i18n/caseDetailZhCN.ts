/** zh-CN messages under `caseDetail.*` (en: caseDetailEn.ts, same keys). */
export const caseDetailZhCN = {
  caseDetail: {
  },
};
