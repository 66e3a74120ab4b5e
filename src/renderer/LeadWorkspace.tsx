import { TeamView } from './features/team/TeamView';
import { ReportsScreen } from './features/reports/ReportsScreen';
import './ui/leadScreens.css';

/** The team view or the shift report, in place of the case workspace: the lead's two features side by side in one place. */
export function LeadWorkspace({ workspace }: { workspace: 'team' | 'reports' }) {
  return <main className="workspace-lead">{workspace === 'team' ? <TeamView /> : <ReportsScreen />}</main>;
}
