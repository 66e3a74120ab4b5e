import { TeamView } from '../team/TeamView';
import { ReportsScreen } from './ReportsScreen';
import './reports.css';

/** The team view or the shift report, in place of the case workspace. */
export function LeadWorkspace({ workspace }: { workspace: 'team' | 'reports' }) {
  return <main className="workspace-lead">{workspace === 'team' ? <TeamView /> : <ReportsScreen />}</main>;
}
