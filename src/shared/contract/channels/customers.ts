/** Channels of the customers slice. Import-free, so the preload bundles it without zod. */
export const customersChannels = {
  getCustomer: 'customer:get',
  revealCustomerField: 'customer:revealField',
  getCustomer360: 'customer:get360',
  setCustomerSalutation: 'customer:setSalutation',
} as const;
