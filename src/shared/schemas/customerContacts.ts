import { z } from 'zod';
import { phoneLabels, type PhoneLabel } from '../domain/customerContacts';
import { emailSchema, entityId, phoneSchema } from './case';
import type { MaskedCustomer } from './caseDetail';

/** One of a customer's phones as the renderer sees it: masked, named by an opaque reference. */
export interface ContactPhone {
  /** Stands for the number in later requests (remove, make main, reveal) without the renderer ever holding it. */
  ref: string;
  masked: string;
  label: PhoneLabel;
  primary: boolean;
}

/** The customer (masked) and their phones, as customer 360 edits them. */
export interface CustomerContacts {
  customer: MaskedCustomer;
  phones: ContactPhone[];
}

const phoneRef = z.string().min(1, 'required').max(64, 'tooLong');

export const setCustomerEmailInput = z.strictObject({ customerId: entityId, email: emailSchema.nullable() });
export const setCustomerAddressInput = z.strictObject({
  customerId: entityId,
  address: z.string({ error: 'invalidType' }).trim().min(4, 'addressTooShort').max(500, 'tooLong').nullable(),
});
export const addCustomerPhoneInput = z.strictObject({
  customerId: entityId,
  phone: phoneSchema,
  label: z.enum(phoneLabels, 'invalidChoice').default('mobile'),
  primary: z.boolean({ error: 'invalidType' }).default(false),
});
export const customerPhoneInput = z.strictObject({ customerId: entityId, phoneRef });
export type AddCustomerPhoneInput = z.output<typeof addCustomerPhoneInput>;
