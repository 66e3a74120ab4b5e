/** Masks for personal data shown in lists, exports and logs. */

/** Keeps the first 3 and last 4 digits of a phone number: 13812345678 → 138****5678. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length <= 4) return '*'.repeat(digits.length);
  if (digits.length <= 7) return '*'.repeat(digits.length - 4) + digits.slice(-4);
  return digits.slice(0, 3) + '*'.repeat(digits.length - 7) + digits.slice(-4);
}

/** Keeps the first character of the mailbox and the whole domain: wang.li@example.com → w******@example.com. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '*'.repeat(email.length);
  return email[0] + '*'.repeat(Math.max(at - 1, 1)) + email.slice(at);
}

/** Keeps the first 6 (region) and last 4 characters of an ID-card number: 110101********1234. */
export function maskIdCard(idCard: string): string {
  if (idCard.length <= 10) return '*'.repeat(idCard.length);
  return idCard.slice(0, 6) + '*'.repeat(idCard.length - 10) + idCard.slice(-4);
}

/** Keeps the first 6 characters of an address (province and city) and hides the rest. */
export function maskAddress(address: string): string {
  const chars = Array.from(address);
  if (chars.length <= 6) return chars.map(() => '*').join('');
  return chars.slice(0, 6).join('') + '****';
}
