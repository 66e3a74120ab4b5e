/** English messages under `caseDetail.*`: the same keys as caseDetailZhCN.ts. */
export const caseDetailEn = {
  caseDetail: {
  },
};
