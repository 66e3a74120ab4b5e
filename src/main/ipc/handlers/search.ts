import type { searchContract } from '../../../shared/contract/search';
import { search } from '../../store/search/searchQuery';
import type { FeatureHandlers, HandlerDeps } from '../handlerDeps';

/** Search as you type. */
export function searchHandlers({ db }: HandlerDeps) {
  return {
    search: (request) => search(db, request),
  } satisfies FeatureHandlers<typeof searchContract>;
}
