import { useEffect, useRef } from 'react';
import type { FollowUpItem } from '../../../shared/schemas/workspace';
import { useTranslation } from 'react-i18next';
import type { AgentDeskApi } from '../../../shared/api';
import { ALERT_WITHIN_MINUTES, announceOnce, browserNotifier, dueSoon, type Notifier } from './dueSoonAlerts';
import { reminderMessage } from './reminderMessage';
import { REFRESH_MS } from './FollowUpQueue';

/**
 * Reminders on every screen, not only in the queue: once a minute the follow-ups due today and
 * next are read, and each one falling due within ten minutes gets one system notification;
 * clicking it calls `onOpen` with its follow-up.
 */
export function useFollowUpReminders(api: AgentDeskApi, notifier: Notifier = browserNotifier, clock: () => number = Date.now, onOpen?: (item: FollowUpItem) => void): void {
  const { t, i18n } = useTranslation();
  const open = useRef(onOpen);
  useEffect(() => {
    open.current = onOpen;
  });
  useEffect(() => {
    let live = true;
    const check = async () => {
      if (notifier.permission() !== 'granted') return;
      const replies = await Promise.all([api.listFollowUps({ view: 'today', limit: 200 }), api.listFollowUps({ view: 'upcoming', limit: 50 })]);
      if (!live) return;
      const items = replies.flatMap((reply) => (reply.ok ? reply.value : []));
      announceOnce(notifier, dueSoon(items, clock(), ALERT_WITHIN_MINUTES * 60_000), reminderMessage(t, i18n.language), (item) => open.current?.(item));
    };
    void check();
    const timer = setInterval(() => void check(), REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [api, notifier, clock, t, i18n.language]);
}
