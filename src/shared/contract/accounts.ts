import {
  addLocalAccountInput,
  resetLocalPasswordInput,
  setLocalAccountActiveInput,
  setupLocalAdminInput,
  unlockInput,
  type LocalAccess,
  type LocalAccount,
} from '../schemas/accounts';
import type { SignedInAgent } from '../schemas/sync';
import type { accountsChannels } from './channels/accounts';
import { none, type SliceContract } from './slice';

/** The accounts slice: first-run setup, the admin's local accounts, and unlocking the screen. */
export const accountsContract = {
  /** Which gate to show: first-run setup, sign-in, or the workspace. */
  getLocalAccess: { request: none, reply: {} as LocalAccess },
  /** First run only (refused once an administrator exists); the administrator is signed in. */
  setupLocalAdmin: { request: setupLocalAdminInput, reply: {} as SignedInAgent },
  listLocalAccounts: { request: none, reply: {} as { accounts: LocalAccount[]; teams: string[] } },
  addLocalAccount: { request: addLocalAccountInput, reply: {} as LocalAccount },
  setLocalAccountActive: { request: setLocalAccountActiveInput, reply: {} as LocalAccount },
  resetLocalPassword: { request: resetLocalPasswordInput, reply: {} as LocalAccount },
  /** The lock screen: the signed-in agent's own password. */
  unlockSession: { request: unlockInput, reply: {} as { unlocked: true } },
} satisfies SliceContract<typeof accountsChannels>;
