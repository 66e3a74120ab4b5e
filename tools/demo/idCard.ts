/**
 * Resident identity card numbers of mainland China (GB 11643-1999): 6-digit area code, birth date
 * YYYYMMDD, 3-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character.
 */

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const checkChars = '10X98765432';

/** The check character for the first 17 digits. */
export function idCardCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError(`an ID-card body is 17 digits, got ${first17}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * weights[i]!;
  return checkChars[sum % 11]!;
}

/** Whether an 18-character ID-card number has the right shape, a real birth date and a correct check character. */
export function isValidIdCard(idCard: string): boolean {
  if (!/^\d{17}[\dX]$/.test(idCard)) return false;
  const y = Number(idCard.slice(6, 10));
  const m = Number(idCard.slice(10, 12));
  const d = Number(idCard.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return false;
  return idCardCheckChar(idCard.slice(0, 17)) === idCard[17];
}

/** Builds a valid number from an area code, a birth date 'YYYY-MM-DD', a sex and a sequence 0…499. */
export function makeIdCard(areaCode: string, birthday: string, male: boolean, sequence: number): string {
  const seq = sequence * 2 + (male ? 1 : 2); // odd: male, even: female; 1…1000 → keep 3 digits
  const body = `${areaCode}${birthday.slice(0, 4)}${birthday.slice(5, 7)}${birthday.slice(8, 10)}${String(seq % 1000).padStart(3, '0')}`;
  return body + idCardCheckChar(body);
}
