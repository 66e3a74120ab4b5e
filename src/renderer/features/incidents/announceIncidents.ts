import type { Incident } from '../../../shared/schemas/incidents';

/** Shows a system notification; absent where the platform has none (or it was refused). */
export type Announce = (title: string, body: string, tag: string) => void;

export const systemAnnounce: Announce = (title, body, tag) => {
  const N = (globalThis as { Notification?: { permission: string; new (title: string, options: { body: string; tag: string }): unknown } }).Notification;
  if (N && N.permission === 'granted') new N(title, { body, tag });
};

/**
 * The incidents to announce to a lead: those still open (not acknowledged) that were not there
 * when the desktop first read them, each once. `seen` is updated in place; the first read only fills it.
 */
export function incidentsToAnnounce(seen: Set<string>, incidents: readonly Incident[], firstRead: boolean): Incident[] {
  const fresh = incidents.filter((i) => i.state === 'open' && !seen.has(i.id));
  for (const i of incidents) seen.add(i.id);
  return firstRead ? [] : fresh;
}
