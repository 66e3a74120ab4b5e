import { useTranslation } from 'react-i18next';
import type { PolicyScope } from '../../../shared/contract/policies';
import type { PolicyKind, PolicyRecord } from '../../../shared/domain/policies/policyRecords';
import { formatAt } from '../../ui/formatSpan';
import { recordScopeLabel } from './PolicyScopeField';
import { versionsOf } from './versionStates';

/**
 * Every version of one policy kind: number, whom it applies to (a team-scoped kind: `scope` given),
 * effective from, author, note and whether it is in force, scheduled or superseded.
 */
export function VersionList({ kind, records, scope, now }: { kind: PolicyKind; records: readonly PolicyRecord[]; scope: PolicyScope | null; now: number }) {
  const { t, i18n } = useTranslation();
  // A lead's list says what is in force for their team; an admin's, for each version's own scope.
  const rows = versionsOf(records, kind, now, scope && !scope.global ? scope.teamId : undefined);
  const columns = scope ? (['version', 'scope', 'effectiveFrom', 'author', 'note', 'state'] as const) : (['version', 'effectiveFrom', 'author', 'note', 'state'] as const);
  return (
    <details className="policy-versions" open={rows.length > 1}>
      <summary>
        {t('policies.versions.title')} ({rows.length})
      </summary>
      <table className="lead-table policy-table">
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {t(`policies.versions.columns.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ record, state }) => (
            <tr key={record.id} className={`policy-version policy-${state}`}>
              <td>{t('policies.versions.version', { version: record.version })}</td>
              {scope && <td>{recordScopeLabel(t, record, scope)}</td>}
              <td>{record.effectiveFrom === 0 ? t('policies.versions.fromStart') : formatAt(record.effectiveFrom, i18n.language)}</td>
              <td>{record.authorId === null ? t('policies.versions.builtIn') : (record.authorName ?? t('policies.versions.unknownAuthor'))}</td>
              <td>{record.note || '—'}</td>
              <td>
                <span className={`policy-state policy-state-${state}`}>{t(`policies.versions.states.${state}`)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
