import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The panel a record opens in beside the workspace (case detail, customer 360): a titled header, a close button that takes focus, Escape to close. */
export function SidePanel({ className, titleId, title, busy, onClose, children }: { className: string; titleId: string; title: ReactNode; busy?: boolean; onClose(): void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <aside
      className={`panel detail-panel ${className}`}
      aria-labelledby={titleId}
      aria-busy={busy || undefined}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <header className="panel-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="link" onClick={onClose} autoFocus>
          {t('detail.close')}
        </button>
      </header>
      {children}
    </aside>
  );
}
