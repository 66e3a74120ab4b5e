/**
 * A customer's contact details (issue 17): several phones, one of them the main one, an email
 * address and a postal address. Pure rules shared by main and renderer.
 */

export const phoneLabels = ['mobile', 'home', 'work', 'other'] as const;
export type PhoneLabel = (typeof phoneLabels)[number];

/** The number without the +86 / 0086 country code: "+8613812345678" and "13812345678" are one phone. */
export function nationalPhone(phone: string): string {
  return phone.replace(/[\s-]/g, '').replace(/^(\+86|0086)/, '');
}

export function samePhone(a: string, b: string): boolean {
  return nationalPhone(a) === nationalPhone(b);
}

export interface ContactState {
  phones: readonly string[];
  email: string | null;
}

/**
 * Whether a customer keeps a way to be reached: at least one phone or an email address. A change
 * that would leave none is refused (the customer was created with one, see newCaseInput).
 */
export function hasContact(state: ContactState): boolean {
  return state.phones.length > 0 || (state.email ?? '').trim().length > 0;
}

/** The main phone once `removed` is taken off: unchanged, or the first phone left ('' for none). */
export function primaryAfterRemoval(primary: string, phones: readonly string[], removed: string): string {
  if (primary !== removed) return primary;
  return phones.find((p) => p !== removed) ?? '';
}
