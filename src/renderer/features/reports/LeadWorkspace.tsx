import { useTranslation } from 'react-i18next';
import { TeamView } from '../team/TeamView';
import { ReportsScreen } from './ReportsScreen';
import './reports.css';

export type Workspace = 'cases' | 'team' | 'reports';
const workspaces: readonly Workspace[] = ['cases', 'team', 'reports'];

/** Switches between the case workspace and the team lead's screens (which refuse agents themselves). */
export function LeadNav({ current, onChange }: { current: Workspace; onChange(next: Workspace): void }) {
  const { t } = useTranslation();
  return (
    <nav className="lead-nav" aria-label={t('lead.nav.label')}>
      {workspaces.map((w) => (
        <button key={w} type="button" aria-current={w === current ? 'page' : undefined} onClick={() => onChange(w)}>
          {t(`lead.nav.${w}`)}
        </button>
      ))}
    </nav>
  );
}

/** The team view or the shift report, in place of the case workspace. */
export function LeadWorkspace({ workspace }: { workspace: Exclude<Workspace, 'cases'> }) {
  return <main className="workspace-lead">{workspace === 'team' ? <TeamView /> : <ReportsScreen />}</main>;
}
