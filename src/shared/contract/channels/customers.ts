/** Channels of the customers slice. Import-free, so the preload bundles it without zod. */
export const customersChannels = {
  getCustomer: 'customer:get',
  revealCustomerField: 'customer:revealField',
  getCustomer360: 'customer:get360',
  setCustomerSalutation: 'customer:setSalutation',
  getCustomerContacts: 'customer:getContacts',
  setCustomerEmail: 'customer:setEmail',
  setCustomerAddress: 'customer:setAddress',
  addCustomerPhone: 'customer:addPhone',
  removeCustomerPhone: 'customer:removePhone',
  setPrimaryCustomerPhone: 'customer:setPrimaryPhone',
} as const;
