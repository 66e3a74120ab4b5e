import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/schemas/domainTerms';
import { workspacesFor, type Workspace } from './workspaces';

/** The header's workspace switch; Ctrl+1…7 reach each one; a workspace for admins alone is not offered to other roles from the keyboard (see the shortcut help). */
export function WorkspaceNav({ current, role, onChange }: { current: Workspace; role: Role | null; onChange(next: Workspace): void }) {
  const { t } = useTranslation();
  return (
    <nav className="lead-nav" aria-label={t('lead.nav.label')}>
      {workspacesFor(role).map((w) => (
        <button key={w} type="button" aria-current={w === current ? 'page' : undefined} onClick={() => onChange(w)}>
          {t(`shell.nav.${w}`)}
        </button>
      ))}
    </nav>
  );
}
