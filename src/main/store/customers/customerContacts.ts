import { phoneLabels, type PhoneLabel } from '../../../shared/domain/customerContacts';
import { maskPhone } from '../../../shared/domain/piiMask';
import type { CustomerContacts } from '../../../shared/schemas/customerContacts';
import type { ReadableDB } from '../db';
import { phonesOf } from './customerPhones';
import { customerRowOrThrow, getCustomer } from './customerReads';
import { phoneRefOf } from './phoneRefs';

const labelOf = (label: string): PhoneLabel => ((phoneLabels as readonly string[]).includes(label) ? (label as PhoneLabel) : 'other');

/** The customer (masked) with each phone masked and named by its reference, the main one first. */
export function getCustomerContacts(db: ReadableDB, customerId: string): CustomerContacts {
  const customer = getCustomer(db, customerId);
  const primary = customerRowOrThrow(db, customerId).phone;
  const phones = phonesOf(db, customerId)
    .map((p) => ({ ref: phoneRefOf(customerId, p.phone), masked: maskPhone(p.phone), label: labelOf(p.label), primary: p.phone === primary }))
    .sort((a, b) => Number(b.primary) - Number(a.primary));
  return { customer, phones };
}

/** The number a reference stands for, among the customer's phones still on their list. */
export function phoneOfRef(db: ReadableDB, customerId: string, ref: string): string | undefined {
  return phonesOf(db, customerId).find((p) => phoneRefOf(customerId, p.phone) === ref)?.phone;
}
