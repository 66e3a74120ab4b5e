import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgentDeskApi } from '../../../shared/api';
import { ALERT_WITHIN_MINUTES, announceOnce, browserNotifier, dueSoon, type Notifier } from './dueSoonAlerts';
import { reminderMessage } from './reminderMessage';
import { REFRESH_MS } from './FollowUpQueue';

/**
 * Reminders on every screen, not only in the queue: once a minute the follow-ups due today and
 * next are read, and each one falling due within ten minutes gets one system notification.
 */
export function useFollowUpReminders(api: AgentDeskApi, notifier: Notifier = browserNotifier, clock: () => number = Date.now): void {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    let live = true;
    const check = async () => {
      if (notifier.permission() !== 'granted') return;
      const replies = await Promise.all([api.listFollowUps({ view: 'today', limit: 200 }), api.listFollowUps({ view: 'upcoming', limit: 50 })]);
      if (!live) return;
      const items = replies.flatMap((reply) => (reply.ok ? reply.value : []));
      announceOnce(notifier, dueSoon(items, clock(), ALERT_WITHIN_MINUTES * 60_000), reminderMessage(t, i18n.language));
    };
    void check();
    const timer = setInterval(() => void check(), REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [api, notifier, clock, t, i18n.language]);
}
