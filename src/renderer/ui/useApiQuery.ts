import { useCallback, useEffect, useMemo, useState, type DependencyList } from 'react';
import type { AgentDeskApi } from '../../shared/api';
import type { AppErrorValue, Result } from '../../shared/result';
import { useApi } from '../apiContext';

export type QueryState<T> = { state: 'loading' } | { state: 'failed'; error: AppErrorValue } | { state: 'loaded'; value: T };

export type ApiQuery<T> = QueryState<T> & {
  /** Ask again (after a failure, or when something else changed the record). */
  retry(): void;
  /** Show this value as loaded: what an action on the record answered with. */
  set(value: T): void;
};

/**
 * What a component shows from one question to main: loading, then the value or the error.
 * Asked again when `deps` change or on retry(); an answer to a question since replaced is dropped.
 * `keep` says whether the value on screen may stay while it is asked again (the same record, say) instead of "loading".
 */
export function useApiQuery<T>(ask: (api: AgentDeskApi) => Promise<Result<T>>, deps: DependencyList, keep?: (shown: T) => boolean): ApiQuery<T> {
  const api = useApi();
  const [query, setQuery] = useState<QueryState<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const set = useCallback((value: T) => setQuery({ state: 'loaded', value }), []);
  useEffect(() => {
    let live = true;
    setQuery((current) => (current.state === 'loaded' && keep?.(current.value) ? current : { state: 'loading' }));
    void ask(api).then((reply) => {
      if (live) setQuery(reply.ok ? { state: 'loaded', value: reply.value } : { state: 'failed', error: reply.error });
    });
    return () => {
      live = false;
    };
    // `ask` and `keep` are read fresh on each run; what they depend on is in `deps`.
  }, [api, attempt, ...deps]);
  return useMemo(() => ({ ...query, retry, set }), [query, retry, set]);
}
