import { hashPassword, verifyPassword } from '../../node/passwords';
import type { PasswordHasher } from './session';

/**
 * The desktop's copy of a password for offline sign-in: the server's scrypt hash (slow by design,
 * at the server's default cost), never the password itself.
 */
export const scryptHasher: PasswordHasher = {
  hash: (password) => hashPassword(password),
  verify: verifyPassword,
};
