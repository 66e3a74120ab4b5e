import { useEffect, useState } from 'react';
import type { AppErrorValue } from '../../shared/result';
import type { SearchHit, SearchKind } from '../../shared/schemas/search';
import { useApi } from '../apiContext';

export interface SearchState {
  /** The latest hits found: null while the text is blank; kept while the next answer is on its way, or when it fails. */
  hits: SearchHit[] | null;
  /** Why the latest answer failed; null once one succeeds or the text is blank. */
  error: AppErrorValue | null;
}

export interface SearchOptions {
  kinds?: readonly SearchKind[];
  limit?: number;
  /** How long after the last keystroke to ask main. */
  delayMs?: number;
  /** Asks again for the same text whenever this changes (after an edit, say). */
  refresh?: unknown;
}

/** Search as the agent types: one question to main per pause in typing; the answer to a text that has since changed is dropped. */
export function useSearch(text: string, { kinds, limit, delayMs = 120, refresh }: SearchOptions = {}): SearchState {
  const api = useApi();
  const [state, setState] = useState<SearchState>({ hits: null, error: null });
  // The kinds as one string, so that a list written inline does not ask again on every render.
  const kindList = kinds?.join(',');
  useEffect(() => {
    let live = true;
    if (!text.trim()) {
      setState({ hits: null, error: null });
      return;
    }
    const query = { text, ...(kindList ? { kinds: kindList.split(',') as SearchKind[] } : {}), ...(limit !== undefined ? { limit } : {}) };
    const timer = setTimeout(
      () =>
        void api.search(query).then((reply) => {
          if (live) setState((current) => (reply.ok ? { hits: reply.value, error: null } : { hits: current.hits, error: reply.error }));
        }),
      delayMs,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, text, kindList, limit, delayMs, refresh]);
  return state;
}
