import { createHmac, randomBytes } from 'node:crypto';

/** Random per process: a reference means nothing outside the running desktop, and cannot be reversed by trying numbers. */
const key = randomBytes(32);

/** The opaque reference the renderer uses for one of a customer's phones (it only ever sees the number masked). */
export function phoneRefOf(customerId: string, phone: string): string {
  return createHmac('sha256', key).update(`${customerId}\u0000${phone}`).digest('base64url').slice(0, 22);
}
