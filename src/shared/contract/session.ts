import { loginInput, type SignedInAgent } from '../schemas/sync';
import type { sessionChannels } from './channels/session';
import { none, type SliceContract } from './slice';

/** The session slice: sign-in and sign-out. */
export const sessionContract = {
  getSignedInAgent: { request: none, reply: {} as SignedInAgent | null },
  /** Signs in against the server, or offline against this desktop's saved sign-in. */
  login: { request: loginInput, reply: {} as SignedInAgent },
  logout: { request: none, reply: {} as { signedOut: true } },
} satisfies SliceContract<typeof sessionChannels>;
