import type { Notice } from '../../shared/contract/app';

/**
 * Things the agent must be told once that happened outside any request: settings reset after a
 * corrupt file, an optional service that failed to start, the window reloaded after a crash.
 * Main adds them; the renderer takes them (`app:takeNotices`) at start and whenever main sends
 * `onNotices`. Taken means shown: each is handed out once.
 */
export interface NoticeBoard {
  add(notice: Omit<Notice, 'at'>): void;
  take(): Notice[];
  /** Called after each add (index.ts tells the renderer there is something to take). */
  onAdded(listener: () => void): void;
}

/** At most this many wait; older ones are dropped (a loop of failures must not grow memory). */
const MAX_WAITING = 20;

export function noticeBoard(now: () => number = Date.now): NoticeBoard {
  let waiting: Notice[] = [];
  const listeners: (() => void)[] = [];
  return {
    add(notice) {
      // The same notice twice before the agent saw it: once is enough.
      if (waiting.some((w) => w.code === notice.code && w.detail === notice.detail)) return;
      waiting = [...waiting, { ...notice, at: now() }].slice(-MAX_WAITING);
      for (const listener of listeners) listener();
    },
    take() {
      const taken = waiting;
      waiting = [];
      return taken;
    },
    onAdded(listener) {
      listeners.push(listener);
    },
  };
}
