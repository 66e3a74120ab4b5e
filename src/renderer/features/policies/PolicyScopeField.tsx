import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { PolicyScope, PolicyTeam } from '../../../shared/contract/policies';
import type { PolicyRecord } from '../../../shared/domain/policies/policyRecords';

/** A team as the scope picker and the version list name it: with its branch when the desktop knows teams of several. */
export function teamLabel(t: TFunction, team: PolicyTeam, teams: readonly PolicyTeam[]): string {
  const name = team.name || t('policies.scope.yourTeam');
  const branches = new Set(teams.map((x) => x.branchName));
  return branches.size > 1 && team.branchName ? t('policies.scope.teamOfBranch', { team: name, branch: team.branchName }) : name;
}

/** Whom a version applies to, for the version list: every team, or its team's name. */
export function recordScopeLabel(t: TFunction, record: PolicyRecord, scope: PolicyScope): string {
  if (record.teamId === null) return t('policies.scope.allTeams');
  const known = scope.teams.find((x) => x.id === record.teamId);
  if (known) return teamLabel(t, known, scope.teams);
  return record.teamName || t('policies.scope.unknownTeam');
}

/**
 * Whom a new version of this kind applies to. An admin chooses every team or one team for a
 * team-scoped kind; a lead's is their own team, shown but not choosable; a kind that cannot be set
 * per team says so.
 */
export function PolicyScopeField({ teamScoped, scope, value, onChange }: { teamScoped: boolean; scope: PolicyScope; value: string | null; onChange(teamId: string | null): void }) {
  const { t } = useTranslation();
  const id = useId();
  if (!teamScoped) {
    return (
      <p className="policy-scope muted">
        {t('policies.scope.line', { scope: t('policies.scope.globalOnly') })}
      </p>
    );
  }
  if (!scope.global && value === null) {
    return (
      <p className="policy-scope" role="note">
        <strong>{t('policies.scope.noTeam')}</strong>
      </p>
    );
  }
  if (!scope.global) {
    const own = scope.teams.find((x) => x.id === value);
    return (
      <p className="policy-scope">
        <strong>{t('policies.scope.line', { scope: t('policies.scope.ownTeam', { team: own ? teamLabel(t, own, scope.teams) : t('policies.scope.yourTeam') }) })}</strong>
        <span className="muted">{t('policies.scope.leadHint')}</span>
      </p>
    );
  }
  return (
    <div className="policy-scope row">
      <label htmlFor={id}>
        <strong>{t('policies.scope.label')}</strong>
      </label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{t('policies.scope.allTeams')}</option>
        {scope.teams.map((team) => (
          <option key={team.id} value={team.id}>
            {teamLabel(t, team, scope.teams)}
          </option>
        ))}
      </select>
      {value !== null && <span className="muted">{t('policies.scope.teamHint')}</span>}
    </div>
  );
}
