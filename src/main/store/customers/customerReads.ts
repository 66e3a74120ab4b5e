import { maskAddress, maskEmail, maskIdCard, maskPhone } from '../../../shared/domain/piiMask';
import { AppError } from '../../../shared/result';
import type { MaskedCustomer } from '../../../shared/schemas/caseDetail';
import { statement, type ReadableDB } from '../db';
import { phonesOf } from './customerPhones';

export interface CustomerRow {
  id: string;
  name: string;
  salutation: string | null;
  phone: string;
  email: string | null;
  id_card: string | null;
  address: string | null;
  account_no: string | null;
  birthday: string | null;
  tags: string;
}

export function customerRowOrThrow(db: ReadableDB, customerId: string): CustomerRow {
  const row = statement(db, 'SELECT id, name, salutation, phone, email, id_card, address, account_no, birthday, tags FROM customers WHERE id = ?').get(customerId) as
    | CustomerRow
    | undefined;
  if (!row) throw new AppError('not_found', `no customer with id ${customerId}`);
  return row;
}

/** The customer with every personal-data field masked: nothing unmasked leaves the store by this path. */
export function getCustomer(db: ReadableDB, customerId: string): MaskedCustomer {
  const row = customerRowOrThrow(db, customerId);
  const phones = phonesOf(db, customerId).map((p) => p.phone);
  return {
    id: row.id,
    name: row.name,
    salutation: row.salutation,
    phoneMasked: maskPhone(row.phone),
    phonesMasked: phones.map(maskPhone),
    emailMasked: row.email === null ? null : maskEmail(row.email),
    idCardMasked: row.id_card === null ? null : maskIdCard(row.id_card),
    addressMasked: row.address === null ? null : maskAddress(row.address),
    accountNo: row.account_no,
    birthday: row.birthday,
    tags: JSON.parse(row.tags) as string[],
  };
}

export function customerExists(db: ReadableDB, customerId: string): boolean {
  return statement(db, 'SELECT 1 FROM customers WHERE id = ?').get(customerId) !== undefined;
}

/** The customer with exactly this name and main phone, if there is one. */
/** A customer with no phone on record, found by name and (lower-cased) email. */
export function customerIdByNameAndEmail(db: ReadableDB, name: string, email: string): string | undefined {
  return (statement(db, "SELECT id FROM customers WHERE phone = '' AND email = ? AND name = ?").get(email, name) as { id: string } | undefined)?.id;
}

export function customerIdByNameAndPhone(db: ReadableDB, name: string, phone: string): string | undefined {
  return (statement(db, 'SELECT id FROM customers WHERE phone = ? AND name = ?').get(phone, name) as { id: string } | undefined)?.id;
}
