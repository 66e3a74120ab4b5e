/** English messages under `customer360.*`: the same keys as customer360ZhCN.ts. */
export const customer360En = {
  customer360: {
  },
};
