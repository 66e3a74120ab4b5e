import { useTranslation } from 'react-i18next';
import { workspaces, type Workspace } from './workspaces';

/** The header's workspace switch; Alt+Shift+1…5 reach each one from the keyboard (see the shortcut help). */
export function WorkspaceNav({ current, onChange }: { current: Workspace; onChange(next: Workspace): void }) {
  const { t } = useTranslation();
  return (
    <nav className="lead-nav" aria-label={t('lead.nav.label')}>
      {workspaces.map((w) => (
        <button key={w} type="button" aria-current={w === current ? 'page' : undefined} onClick={() => onChange(w)}>
          {t(`shell.nav.${w}`)}
        </button>
      ))}
    </nav>
  );
}
