/** English messages under `followUps.*`: the same keys as followUpsZhCN.ts. */
export const followUpsEn = {
  followUps: {
  },
};
