import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { SyncPhase } from '../../../shared/schemas/sync';
import { Dialog } from '../../ui/Dialog';
import { useNow } from '../../ui/useNow';
import { RejectedList } from './RejectedList';
import { SetAsideList } from './SetAsideList';
import { timeAgo, timeUntil } from './relativeTime';
import { stateLabel } from './stateLabel';
import type { SyncStore } from './syncStore';
import { formatAtSeconds } from '../../ui/formatSpan';

/** The badge's popover: when it last synced, what is waiting, what went wrong, "sync now", and refused changes. */
export function SyncPanel({ store, phase, onClose, onOpenCase }: { store: SyncStore; phase: SyncPhase; onClose(): void; onOpenCase(caseId: string): void }) {
  const { t, i18n } = useTranslation();
  const state = useStore(store);
  const status = state.status!;
  // Every second while open: the countdown to the next attempt moves.
  const now = useNow(1_000);

  // After the dialog has focused its first button (a child's effect runs first), as before.
  useEffect(() => {
    void store.getState().loadRejected();
    void store.getState().loadSetAside();
  }, [store]);

  const date = (ms: number) => t('sync.panel.lastSyncValue', { date: formatAtSeconds(ms, i18n.language), ago: timeAgo(t, ms, Math.max(now, ms)) });
  const standalone = phase === 'standalone';
  return (
    <Dialog
      labelledBy="sync-panel-title"
      className="sync-panel"
      modal={false}
      focusFirst="button:not([disabled]), [href]"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="panel-header">
        <h2 id="sync-panel-title">{t('sync.panel.title')}</h2>
        <button type="button" className="link" onClick={onClose}>
          {t('sync.panel.close')}
        </button>
      </header>
      <p className={`sync-state sync-${phase}`}>{stateLabel(t, phase, status, now)}</p>
      {standalone ? (
        <p className="muted">{t('sync.panel.standaloneHelp')}</p>
      ) : (
        <>
          <dl className="summary">
            <dt>{t('sync.panel.server')}</dt>
            <dd className="sync-server">{state.serverUrl}</dd>
            <dt>{t('sync.panel.lastSync')}</dt>
            <dd>{status.lastSyncAt === null ? t('sync.panel.never') : date(status.lastSyncAt)}</dd>
            <dt>{t('sync.panel.pending')}</dt>
            <dd>{t('sync.panel.pendingValue', { count: status.pending })}</dd>
            {status.nextAttemptAt !== null && phase !== 'syncing' && phase !== 'signedOut' && (
              <>
                <dt>{t('sync.panel.nextAttempt')}</dt>
                <dd>{timeUntil(t, status.nextAttemptAt, now)}</dd>
              </>
            )}
            {status.lastError && (
              <>
                <dt>{t('sync.panel.lastError')}</dt>
                <dd className="sync-error">{status.lastError}</dd>
              </>
            )}
          </dl>
          {status.indexing > 0 && <p className="muted">{t('sync.panel.indexing', { count: status.indexing })}</p>}
          {state.agent?.offline && <p className="warning-banner">{t('sync.panel.offlineAgent')}</p>}
          {phase === 'signedOut' ? (
            <>
              <p className="muted">{t('sync.panel.signedOutHelp')}</p>
              <button type="button" onClick={() => store.getState().openSignIn()}>
                {t('sync.panel.signIn')}
              </button>
            </>
          ) : (
            <button type="button" className="sync-now" onClick={() => void store.getState().syncNow()} disabled={state.syncing} aria-busy={state.syncing}>
              {state.syncing ? t('sync.panel.syncing') : t('sync.panel.syncNow')} <kbd>{t('sync.panel.syncNowShortcut')}</kbd>
            </button>
          )}
        </>
      )}
      {state.setAside.length > 0 && <SetAsideList rows={state.setAside} />}
      {(!standalone || state.rejected.length > 0) && <RejectedList rejected={state.rejected} onOpenCase={onOpenCase} />}
    </Dialog>
  );
}
