/** zh-CN messages under `customer360.*` (en: customer360En.ts, same keys). */
export const customer360ZhCN = {
  customer360: {
  },
};
