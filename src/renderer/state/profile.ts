import type { Settings } from '../../shared/schemas/settings';

/** Who answers and for whom: the profile dialog edits it, the call scripts fill their placeholders from it. */
export type Profile = Pick<Settings, 'companyName' | 'agentName' | 'agentNumber'>;

/** Someone signed in (a local account or the sync server's): the name and number the desktop knows them by. */
export interface SignedInIdentity {
  name: string;
  number: string;
}

/**
 * Who the scripts and the header speak for: the signed-in account when there is one (the agent
 * number typed into the profile is only a fallback for a desktop nobody signs in to), else the profile.
 */
export function speakingProfile(profile: Profile, signedIn: SignedInIdentity | null | undefined): Profile {
  return signedIn ? { ...profile, agentName: signedIn.name, agentNumber: signedIn.number } : profile;
}
