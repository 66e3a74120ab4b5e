import { hasContact, primaryAfterRemoval, samePhone } from '../../shared/domain/customerContacts';
import { maskPhone } from '../../shared/domain/piiMask';
import { AppError } from '../../shared/result';
import type { AddCustomerPhoneInput } from '../../shared/schemas/customerContacts';
import type { WriteContext } from '../store/actor';
import { caseIdsOfCustomer } from '../store/cases/caseSyncReads';
import { phoneOfRef } from '../store/customers/customerContacts';
import { markCustomerPhoneRemoved, phonesOf, putCustomerPhone } from '../store/customers/customerPhones';
import { customerRowOrThrow } from '../store/customers/customerReads';
import { updateCustomerContact } from '../store/customers/customerUpdates';
import type { WritableDB } from '../store/db';
import { indexCase, indexCustomer } from '../store/search/searchIndex';
import { stampFields } from '../store/sync/fieldClocks';
import { appendMutation } from '../store/sync/outbox';

/**
 * Editing a customer's contact details in customer 360: email, postal address, several phones and
 * which one is the main one. Each edit is one transaction with its outbox mutation and search
 * entry. Mutation arguments carry no personal data (the row effects do, as for every sync).
 * A change that would leave the customer with no phone and no email is refused.
 */

function noContactLeft(path: string): AppError {
  return new AppError('validation', 'the customer would have no phone and no email left', [{ path, key: 'contactRequired' }]);
}

function reindex(db: WritableDB, customerId: string, cases: boolean): void {
  indexCustomer(db, customerId);
  // A case's search entry carries its customer's main phone.
  if (cases) for (const caseId of caseIdsOfCustomer(db, customerId)) indexCase(db, caseId);
}

export function setCustomerEmail(db: WritableDB, customerId: string, email: string | null, ctx: WriteContext): void {
  db.transaction(() => {
    const current = customerRowOrThrow(db, customerId);
    if (current.email === email) return;
    if (!hasContact({ phones: phonesOf(db, customerId).map((p) => p.phone), email })) throw noContactLeft('email');
    updateCustomerContact(db, customerId, 'email', email, ctx.now);
    const { hlc } = appendMutation(db, 'customer.setEmail', { customerId, cleared: email === null }, ctx.now);
    stampFields(db, 'customer', customerId, ['email'], hlc);
    reindex(db, customerId, false);
  })();
}

export function setCustomerAddress(db: WritableDB, customerId: string, address: string | null, ctx: WriteContext): void {
  db.transaction(() => {
    const current = customerRowOrThrow(db, customerId);
    if (current.address === address) return;
    updateCustomerContact(db, customerId, 'address', address, ctx.now);
    const { hlc } = appendMutation(db, 'customer.setAddress', { customerId, cleared: address === null }, ctx.now);
    stampFields(db, 'customer', customerId, ['address'], hlc);
  })();
}

/** Adds a phone (refused if the customer already has it, in any written form); the first phone, or one marked so, becomes the main one. */
export function addCustomerPhone(db: WritableDB, input: AddCustomerPhoneInput, ctx: WriteContext): void {
  db.transaction(() => {
    const current = customerRowOrThrow(db, input.customerId);
    const phones = phonesOf(db, input.customerId).map((p) => p.phone);
    if (phones.some((p) => samePhone(p, input.phone))) {
      throw new AppError('validation', 'the customer already has this phone', [{ path: 'phone', key: 'duplicatePhone' }]);
    }
    putCustomerPhone(db, input.customerId, input.phone, input.label);
    const primary = input.primary || current.phone === '';
    updateCustomerContact(db, input.customerId, 'phone', primary ? input.phone : current.phone, ctx.now);
    const { hlc } = appendMutation(db, 'customer.addPhone', { customerId: input.customerId, phoneMasked: maskPhone(input.phone), label: input.label, primary }, ctx.now);
    if (primary) stampFields(db, 'customer', input.customerId, ['phone'], hlc);
    reindex(db, input.customerId, primary);
  })();
}

function phoneOrThrow(db: WritableDB, customerId: string, phoneRef: string): string {
  const phone = phoneOfRef(db, customerId, phoneRef);
  if (phone === undefined) throw new AppError('not_found', `customer ${customerId} has no such phone`);
  return phone;
}

/** Takes a phone off the customer's list (kept, marked removed, for sync); the main one passes to the next phone. */
export function removeCustomerPhone(db: WritableDB, customerId: string, phoneRef: string, ctx: WriteContext): void {
  db.transaction(() => {
    const current = customerRowOrThrow(db, customerId);
    const phone = phoneOrThrow(db, customerId, phoneRef);
    const phones = phonesOf(db, customerId).map((p) => p.phone);
    const left = phones.filter((p) => p !== phone);
    if (!hasContact({ phones: left, email: current.email })) throw noContactLeft('phone');
    markCustomerPhoneRemoved(db, customerId, phone);
    const primary = primaryAfterRemoval(current.phone, phones, phone);
    updateCustomerContact(db, customerId, 'phone', primary, ctx.now); // unchanged or the next phone; marks the customer changed either way
    const { hlc } = appendMutation(db, 'customer.removePhone', { customerId, phoneMasked: maskPhone(phone) }, ctx.now);
    if (primary !== current.phone) stampFields(db, 'customer', customerId, ['phone'], hlc);
    reindex(db, customerId, primary !== current.phone);
  })();
}

/** Makes one of the customer's phones the main one (shown first, used by case search and screen pop). */
export function setPrimaryCustomerPhone(db: WritableDB, customerId: string, phoneRef: string, ctx: WriteContext): void {
  db.transaction(() => {
    const current = customerRowOrThrow(db, customerId);
    const phone = phoneOrThrow(db, customerId, phoneRef);
    if (phone === current.phone) return;
    updateCustomerContact(db, customerId, 'phone', phone, ctx.now);
    const { hlc } = appendMutation(db, 'customer.setPrimaryPhone', { customerId, phoneMasked: maskPhone(phone) }, ctx.now);
    stampFields(db, 'customer', customerId, ['phone'], hlc);
    reindex(db, customerId, true);
  })();
}
