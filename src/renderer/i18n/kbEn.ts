/** English messages under `kb.*`: the same keys as kbZhCN.ts. */
export const kbEn = {
  kb: {
  },
};
