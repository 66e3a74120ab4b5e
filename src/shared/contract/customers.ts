import { z } from 'zod';
import { entityId } from '../schemas/case';
import { revealFieldInput } from '../schemas/caseActions';
import { salutations } from '../schemas/callDraft';
import type { MaskedCustomer } from '../schemas/caseDetail';
import type { Customer360 } from '../schemas/workspace';
import { addCustomerPhoneInput, customerPhoneInput, setCustomerAddressInput, setCustomerEmailInput, type CustomerContacts } from '../schemas/customerContacts';
import type { customersChannels } from './channels/customers';
import type { SliceContract } from './slice';

/** The customers slice. */
export const customersContract = {
  getCustomer: { request: z.strictObject({ customerId: entityId }), reply: {} as MaskedCustomer },
  /** Returns one personal-data field unmasked (null if the customer has none); audited. */
  revealCustomerField: { request: revealFieldInput, reply: {} as { value: string | null } },
  /** Customer 360: profile (masked), cases, calls, satisfaction, follow-ups, next care date. */
  getCustomer360: { request: z.strictObject({ customerId: entityId }), reply: {} as Customer360 },
  /** How the customer is addressed (the scripts' {customer}); null: by full name. Returns the masked customer. */
  setCustomerSalutation: { request: z.strictObject({ customerId: entityId, salutation: z.enum(salutations, 'invalidChoice').nullable() }), reply: {} as MaskedCustomer },
  /** The customer's phones (masked, by reference, main one first) for editing in customer 360. */
  getCustomerContacts: { request: z.strictObject({ customerId: entityId }), reply: {} as CustomerContacts },
  /** Contact edits; each answers the contacts as they now are. Leaving no phone and no email is refused (contactRequired). */
  setCustomerEmail: { request: setCustomerEmailInput, reply: {} as CustomerContacts },
  setCustomerAddress: { request: setCustomerAddressInput, reply: {} as CustomerContacts },
  /** A phone the customer already has is refused (duplicatePhone). */
  addCustomerPhone: { request: addCustomerPhoneInput, reply: {} as CustomerContacts },
  removeCustomerPhone: { request: customerPhoneInput, reply: {} as CustomerContacts },
  setPrimaryCustomerPhone: { request: customerPhoneInput, reply: {} as CustomerContacts },
} satisfies SliceContract<typeof customersChannels>;
