import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useNow } from '../../ui/useNow';
import { stateLabel } from './stateLabel';
import { shownPhase, type SyncStore } from './syncStore';
import { SyncPanel } from './SyncPanel';

/**
 * The header's sync state in words ("已同步 · 2 分钟前", "离线 · 3 条待同步"), with the number of
 * changes waiting; a click opens the sync panel. Phase changes are announced to screen readers.
 */
export function SyncBadge({ store, onOpenCase }: { store: SyncStore; onOpenCase(caseId: string): void }) {
  const { t } = useTranslation();
  const state = useStore(store);
  const now = useNow(30_000);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const phase = shownPhase(state);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (box.current && !box.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  if (!phase || !state.status) return null;
  const label = stateLabel(t, phase, state.status, now);
  // A standalone desktop keeps its outbox for a server set up later, but nothing is "waiting" yet.
  const pending = phase === 'standalone' ? 0 : state.status.pending;
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div className="sync" ref={box}>
      <button
        ref={button}
        type="button"
        className={`sync-badge sync-${phase}`}
        aria-label={pending > 0 && phase !== 'offline' ? `${t('sync.button', { state: label })} · ${t('sync.pendingCount', { count: pending })}` : t('sync.button', { state: label })}
        aria-haspopup="dialog"
        aria-expanded={open}
        title={label}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="sync-dot" aria-hidden="true" />
        <span className="sync-label">{label}</span>
        {pending > 0 && (
          <span className="count-badge" aria-hidden="true">
            {pending > 999 ? '999+' : pending}
          </span>
        )}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {t(`sync.announce.${phase}`)}
      </span>
      {open && (
        <SyncPanel
          store={store}
          phase={phase}
          onClose={close}
          onOpenCase={(caseId) => {
            setOpen(false);
            onOpenCase(caseId);
          }}
        />
      )}
    </div>
  );
}
