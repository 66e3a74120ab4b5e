import { z } from 'zod';
import { roles } from './domainTerms';

/** Local accounts of a standalone desktop: requests and replies of the `accounts` slice. */

export const PASSWORD_MIN_LENGTH = 8;

const number = z.string().trim().min(1, 'required').max(12, 'tooLong').regex(/^[0-9A-Za-z-]+$/, 'invalid');
const name = z.string().trim().min(1, 'required').max(40, 'tooLong');
const password = z.string().min(1, 'required').min(PASSWORD_MIN_LENGTH, 'tooShort').max(200, 'tooLong');
const team = z.string().trim().max(40, 'tooLong');

/** First run: the local administrator. */
export const setupLocalAdminInput = z.strictObject({ number, name, password });
export type SetupLocalAdminInput = z.input<typeof setupLocalAdminInput>;

/** An admin adds an agent or a lead (or another admin); `team` by name, made when new; empty for none. */
export const addLocalAccountInput = z.strictObject({
  number,
  name,
  role: z.enum(roles, { error: 'invalidChoice' }),
  team: team.default(''),
  password,
});
export type AddLocalAccountInput = z.input<typeof addLocalAccountInput>;

export const setLocalAccountActiveInput = z.strictObject({ id: z.string().min(1, 'required').max(64, 'tooLong'), active: z.boolean({ error: 'invalidType' }) });
export type SetLocalAccountActiveInput = z.input<typeof setLocalAccountActiveInput>;

export const resetLocalPasswordInput = z.strictObject({ id: z.string().min(1, 'required').max(64, 'tooLong'), password });
export type ResetLocalPasswordInput = z.input<typeof resetLocalPasswordInput>;

/** The lock screen: the signed-in agent's own password. */
export const unlockInput = z.strictObject({ password: z.string().min(1, 'required').max(200, 'tooLong') });
export type UnlockInput = z.input<typeof unlockInput>;

/** One local account as the admin screen lists it (never the hash). */
export interface LocalAccount {
  id: string;
  number: string;
  name: string;
  role: (typeof roles)[number];
  team: string | null;
  active: boolean;
  createdAt: number;
  updatedAt: number;
}

/** What the renderer needs before anything else: which gate to show. */
export interface LocalAccess {
  /** No sync server is configured: sign-in uses this desktop's local accounts. */
  standalone: boolean;
  /** A standalone desktop with an active local administrator (otherwise the first-run setup is shown). */
  hasAdmin: boolean;
  signedIn: { id: string; number: string; name: string; role: (typeof roles)[number] } | null;
}
