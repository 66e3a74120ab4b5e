import type { FollowUpItem } from '../../../shared/schemas/workspace';

export type NotifyPermission = 'granted' | 'denied' | 'default' | 'unsupported';

/** The desktop notifications the queue needs; the Web Notification API in the app, a fake in tests. */
export interface Notifier {
  permission(): NotifyPermission;
  /** Asks the user (only ever from a click); resolves with the answer. */
  requestPermission(): Promise<NotifyPermission>;
  /** `onClick`: the agent clicked the notification (the window is brought to the front first). */
  show(title: string, options: { body: string; tag: string; onClick?: () => void }): void;
}

interface NotificationLike {
  readonly permission: string;
  requestPermission(): Promise<string>;
  new (title: string, options?: { body?: string; tag?: string }): { onclick: (() => void) | null };
}

const asPermission = (value: string): NotifyPermission => (value === 'granted' || value === 'denied' ? value : 'default');

/** The Web Notification API (Electron's renderer has it); "unsupported" where there is none, as in jsdom. */
export function webNotifier(scope: { Notification?: unknown; focus?: () => void } = globalThis): Notifier {
  const api = scope.Notification as NotificationLike | undefined;
  return {
    permission: () => (api ? asPermission(api.permission) : 'unsupported'),
    async requestPermission() {
      if (!api) return 'unsupported';
      try {
        return asPermission(await api.requestPermission());
      } catch {
        return 'denied';
      }
    },
    show(title, { onClick, ...options }) {
      if (!api || api.permission !== 'granted') return;
      try {
        const shown = new api(title, options);
        if (onClick)
          shown.onclick = () => {
            scope.focus?.();
            onClick();
          };
      } catch {
        // A notification that cannot be shown leaves the in-app banner as the reminder.
      }
    },
  };
}

/** The app's one notifier: the queue and the shell's reminders share it, so nothing is announced twice. */
export const browserNotifier = webNotifier();

/** How long before a follow-up is due the agent is reminded. */
export const ALERT_WITHIN_MINUTES = 10;

/** Follow-ups not done that fall due within `withinMs` from `now` (not yet due), soonest first, each once. */
export function dueSoon(items: readonly FollowUpItem[], now: number, withinMs: number): FollowUpItem[] {
  const seen = new Set<string>();
  return items
    .filter((item) => {
      if (seen.has(item.id)) return false;
      seen.add(item.id);
      return item.state !== 'done' && item.dueAt >= now && item.dueAt - now <= withinMs;
    })
    .sort((a, b) => a.dueAt - b.dueAt);
}

// Which follow-ups each notifier has already announced: kept outside the component, so leaving the
// queue and coming back does not announce them again.
const announced = new WeakMap<Notifier, Set<string>>();

/** Shows one system notification per follow-up (never twice) when notifications are allowed; returns the ids shown. */
export function announceOnce(notifier: Notifier, items: readonly FollowUpItem[], message: (item: FollowUpItem) => { title: string; body: string }, onClick?: (item: FollowUpItem) => void): string[] {
  if (notifier.permission() !== 'granted') return [];
  const done = announced.get(notifier) ?? new Set<string>();
  announced.set(notifier, done);
  const shown: string[] = [];
  for (const item of items) {
    if (done.has(item.id)) continue;
    done.add(item.id);
    const { title, body } = message(item);
    notifier.show(title, { body, tag: `follow-up-${item.id}`, ...(onClick ? { onClick: () => onClick(item) } : {}) });
    shown.push(item.id);
  }
  return shown;
}
