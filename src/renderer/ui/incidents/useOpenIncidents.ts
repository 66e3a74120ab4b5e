import { useCallback, useEffect, useState } from 'react';
import type { Incident } from '../../../shared/schemas/incidents';
import { useApi } from '../../apiContext';

/** A local read of the store (which the server's live notice has already updated): a new incident shows within a couple of seconds. */
export const INCIDENT_POLL_MS = 2_000;

/** The incidents not yet closed, kept fresh: re-read on every sync, on a short timer, and when `changed` changes (one was just reported here). */
export function useOpenIncidents(pollMs = INCIDENT_POLL_MS, changed: unknown = null): { incidents: Incident[]; loaded: boolean; reload(): void } {
  const api = useApi();
  const [incidents, setIncidents] = useState<Incident[]>([]);
  const [loaded, setLoaded] = useState(false);
  const reload = useCallback(() => {
    void api.listIncidents({ scope: 'open' }).then((reply) => {
      if (!reply.ok) return;
      setIncidents(reply.value);
      setLoaded(true);
    });
  }, [api]);
  useEffect(() => {
    reload();
    const timer = setInterval(reload, pollMs);
    const stop = api.onSyncStatus(() => reload());
    return () => {
      clearInterval(timer);
      stop();
    };
  }, [api, reload, pollMs, changed]);
  return { incidents, loaded, reload };
}
