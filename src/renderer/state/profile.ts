import type { Settings } from '../../shared/schemas/settings';

/** Who answers and for whom: the profile dialog edits it, the call scripts fill their placeholders from it. */
export type Profile = Pick<Settings, 'companyName' | 'agentName' | 'agentNumber'>;
