import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { followUpViews, type FollowUpItem, type FollowUpView } from '../../../shared/schemas/workspace';
import { useApi } from '../../apiContext';
import { ALERT_WITHIN_MINUTES, announceOnce, browserNotifier, dueSoon, type Notifier, type NotifyPermission } from './dueSoonAlerts';
import { FollowUpCard } from './FollowUpCard';
import { createFollowUpsStore } from './followUpsStore';
import { formatDue } from './formatDue';
import { reminderMessage } from './reminderMessage';
import './followups.css';

/** How often the queue is read again while it is open. */
export const REFRESH_MS = 60_000;

/** The agent's callbacks: due today, overdue, upcoming and done; one click starts the call. */
export function FollowUpQueue({
  onOpenCase,
  onStartCall,
  notifier = browserNotifier,
  clock = Date.now,
  refreshMs = REFRESH_MS,
  alertWithinMinutes = ALERT_WITHIN_MINUTES,
  above,
}: {
  onOpenCase(caseId: string): void;
  onStartCall(item: FollowUpItem): void;
  notifier?: Notifier;
  clock?: () => number;
  refreshMs?: number;
  alertWithinMinutes?: number;
  /** Shown above the queue: the proactive list the agent works (issue 18), composed by the shell. */
  above?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const store = useMemo(() => createFollowUpsStore(api), [api]);
  const view = useStore(store, (s) => s.view);
  const lists = useStore(store, (s) => s.lists);
  const loading = useStore(store, (s) => s.loading);
  const error = useStore(store, (s) => s.error);
  const completed = useStore(store, (s) => s.completed);
  const [now, setNow] = useState(clock);
  const [permission, setPermission] = useState<NotifyPermission>(() => notifier.permission());
  const tabRefs = useRef<Partial<Record<FollowUpView, HTMLButtonElement | null>>>({});

  useEffect(() => {
    const tick = () => {
      setNow(clock());
      void store.getState().refresh();
    };
    tick();
    const timer = setInterval(tick, refreshMs);
    return () => clearInterval(timer);
  }, [store, clock, refreshMs]);

  // Due within N minutes and not done: a banner here, and one system notification per follow-up.
  const soon = useMemo(() => dueSoon([...(lists.overdue ?? []), ...(lists.today ?? []), ...(lists.upcoming ?? [])], now, alertWithinMinutes * 60_000), [lists, now, alertWithinMinutes]);
  useEffect(() => {
    announceOnce(notifier, soon, reminderMessage(t, i18n.language));
  }, [notifier, soon, permission, t, i18n.language]);

  const askPermission = async () => setPermission(await notifier.requestPermission());

  const choose = (next: FollowUpView) => {
    store.getState().setView(next);
    tabRefs.current[next]?.focus();
  };
  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const index = followUpViews.indexOf(view);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step !== 0) choose(followUpViews[(index + step + followUpViews.length) % followUpViews.length]!);
    else if (e.key === 'Home') choose(followUpViews[0]);
    else if (e.key === 'End') choose(followUpViews[followUpViews.length - 1]!);
    else return;
    e.preventDefault();
  };

  const items = lists[view];
  const overdueCount = lists.overdue?.length ?? 0;
  return (
    <main className="workspace-page follow-up-queue" aria-labelledby="follow-ups-title">
      <div className="panel-header follow-up-header">
        <h2 id="follow-ups-title">{t('followUps.title')}</h2>
        <span className="muted" aria-live="polite">
          {loading ? t('followUps.refreshing') : ''}
        </span>
        <button type="button" className="secondary small" onClick={() => void store.getState().refresh()}>
          {t('followUps.refresh')}
        </button>
      </div>

      {above}
      {soon.length > 0 && (
        <div className="warning-banner follow-up-soon" role="status">
          <strong>{t('followUps.soon.title', { count: soon.length, minutes: alertWithinMinutes })}</strong>
          <ul>
            {soon.map((item) => (
              <li key={item.id}>
                {t('followUps.soon.item', { at: formatDue(item.dueAt, now, i18n.language), kind: t(`followUps.kinds.${item.kind}`), name: item.customerName ?? t('followUps.unknownCustomer'), number: item.caseNumber })}{' '}
                <button type="button" className="link" onClick={() => onStartCall(item)}>
                  {t('followUps.call')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {permission === 'default' && (
        <p className="follow-up-permission muted">
          {t('followUps.permission.ask')}{' '}
          <button type="button" className="secondary small" onClick={() => void askPermission()}>
            {t('followUps.permission.enable')}
          </button>
        </p>
      )}
      {permission === 'denied' && <p className="follow-up-permission muted">{t('followUps.permission.denied')}</p>}

      <div role="tablist" aria-label={t('followUps.tabsLabel')} className="follow-up-tabs">
        {followUpViews.map((v) => {
          const count = lists[v]?.length;
          return (
            <button
              key={v}
              ref={(el) => {
                tabRefs.current[v] = el;
              }}
              type="button"
              role="tab"
              id={`follow-up-tab-${v}`}
              aria-selected={v === view}
              aria-controls="follow-up-panel"
              tabIndex={v === view ? 0 : -1}
              className={`follow-up-tab${v === 'overdue' && overdueCount > 0 ? ' has-overdue' : ''}`}
              onClick={() => store.getState().setView(v)}
              onKeyDown={onTabKey}
            >
              {t(`followUps.views.${v}`)}
              {count !== undefined && <span className="count-badge">{count}</span>}
            </button>
          );
        })}
      </div>

      <section role="tabpanel" id="follow-up-panel" aria-labelledby={`follow-up-tab-${view}`} className="panel follow-up-panel">
        {completed && (
          <p role="status" className="success-banner">
            {t('followUps.completed', { number: completed.caseNumber })}
          </p>
        )}
        {error && (
          <p role="alert" className="error-banner">
            {t('followUps.loadFailed', { reason: t(`errors.${error.code}`) })}
          </p>
        )}
        {items === null ? (
          !error && <p className="empty-state">{t('followUps.loading')}</p>
        ) : items.length === 0 ? (
          <p className="empty-state">{t(`followUps.empty.${view}`)}</p>
        ) : (
          <ul className="follow-up-list" aria-label={t(`followUps.views.${view}`)}>
            {items.map((item) => (
              <FollowUpCard key={item.id} item={item} now={now} onOpenCase={onOpenCase} onStartCall={onStartCall} onComplete={(it, note) => store.getState().complete(it, note)} />
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
