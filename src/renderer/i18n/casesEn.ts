/** English messages under `cases.*`: the same keys as casesZhCN.ts. */
export const casesEn = {
  cases: {
  },
};
