import { searchQuery, type SearchHit } from '../schemas/search';
import type { searchChannels } from './channels/search';
import type { SliceContract } from './slice';

/** The search slice. */
export const searchContract = {
  /** Search as you type across cases, customers and articles; best first, personal data masked. */
  search: { request: searchQuery, reply: {} as SearchHit[] },
} satisfies SliceContract<typeof searchChannels>;
