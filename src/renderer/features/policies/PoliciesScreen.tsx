import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgentDeskApi } from '../../../shared/api';
import type { PolicyScope } from '../../../shared/contract/policies';
import { policyInForce } from '../../../shared/domain/policies/policyInForce';
import { policyKinds, type PolicyKind, type PolicyRecord } from '../../../shared/domain/policies/policyRecords';
import { isTeamScopedKind } from '../../../shared/domain/policies/teamScopedKinds';
import type { Result } from '../../../shared/result';
import { formatAt } from '../../ui/formatSpan';
import { useApiQuery } from '../../ui/useApiQuery';
import { useReloadGuardRules } from '../../ui/guardRules';
import { useNow } from '../../ui/useNow';
import { CalendarEditor } from './CalendarEditor';
import { AuthorityEditor } from './AuthorityEditor';
import { DispositionsEditor } from './DispositionsEditor';
import { GatesEditor } from './GatesEditor';
import { PhrasesEditor } from './PhrasesEditor';
import { PolicyScopeField } from './PolicyScopeField';
import { PublishTeamContext } from './publishing';
import { ScriptPolicyEditor } from './ScriptPolicyEditor';
import { SlaEditor } from './SlaEditor';
import { VersionList } from './VersionList';
import './policies.css';

interface EditorProps<K extends PolicyKind> {
  inForce: PolicyRecord<K>;
  now: number;
  onPublished(record: PolicyRecord): void;
}

/** One editor per policy kind: a kind added later (scripts, phrases…) gets its section by adding its editor here. */
const editors: { [K in PolicyKind]: ComponentType<EditorProps<K>> } = {
  slaTargets: SlaEditor,
  businessCalendar: CalendarEditor,
  scripts: ScriptPolicyEditor,
  phrases: PhrasesEditor,
  stageGates: GatesEditor,
  authorityLimits: AuthorityEditor,
  dispositions: DispositionsEditor,
};

/** Every version this desktop knows, and for whom the signed-in person may publish. */
async function screenData(api: AgentDeskApi): Promise<Result<{ records: PolicyRecord[]; scope: PolicyScope }>> {
  const [records, scope] = await Promise.all([api.listPolicies(), api.getPolicyScope()]);
  if (!records.ok) return records;
  if (!scope.ok) return scope;
  return { ok: true, value: { records: records.value, scope: scope.value } };
}

/**
 * Policies as data (issue 18): per kind the version in force, every version, and an editor that
 * publishes a new version effective from a chosen time through the publishPolicy verb. Admins see
 * every kind and choose, for a team-scoped one, every team or one team; a lead sees the
 * team-scoped kinds only, with the versions for every team and their own, and publishes for their
 * own team.
 */
export function PoliciesScreen() {
  const { t } = useTranslation();
  const tick = useNow(30_000);
  // Asked again after a publish, the versions on screen stay until the new list comes (the sections keep their messages).
  const query = useApiQuery(screenData, [], () => true);
  // A version published "now" is in force at once, not at the next tick.
  const [publishedAt, setPublishedAt] = useState(0);
  const reloadGuardRules = useReloadGuardRules();
  const now = Math.max(tick, publishedAt);
  return (
    <section className="panel lead-screen policies-screen" aria-labelledby="policies-title">
      <header>
        <h2 id="policies-title">{t('policies.title')}</h2>
        <p className="muted">{query.state === 'loaded' && !query.value.scope.global ? t('policies.introLead') : t('policies.intro')}</p>
      </header>
      {query.state === 'loading' && (
        <p role="status" className="muted">
          {t('policies.loading')}
        </p>
      )}
      {query.state === 'failed' && (
        <div role="alert" className="error-banner">
          <p>
            {t('policies.loadFailed')} {t(`errors.${query.error.code}`, { defaultValue: t('errors.internal') })}
          </p>
          <button type="button" className="small" onClick={query.retry}>
            {t('policies.retry')}
          </button>
        </div>
      )}
      {query.state === 'loaded' &&
        kindsFor(query.value.scope).map((kind) => (
          <PolicySection
            key={kind}
            kind={kind}
            records={recordsFor(query.value.records, query.value.scope)}
            scope={query.value.scope}
            now={now}
            onPublished={(record) => {
              setPublishedAt(record.createdAt);
              query.retry();
              // The guarded fields of this desktop check against a new phrase list at once.
              if (record.kind === 'phrases') reloadGuardRules();
            }}
          />
        ))}
    </section>
  );
}

/** An admin edits every kind; anyone else (a lead) the kinds a team may have its own version of. */
const kindsFor = (scope: PolicyScope): PolicyKind[] => (scope.global ? [...policyKinds] : policyKinds.filter(isTeamScopedKind));

/** An admin sees every version; a lead those for every team and their own team's. */
const recordsFor = (records: readonly PolicyRecord[], scope: PolicyScope): readonly PolicyRecord[] => (scope.global ? records : records.filter((r) => r.teamId === null || r.teamId === scope.teamId));

function PolicySection<K extends PolicyKind>({ kind, records, scope, now, onPublished }: { kind: K; records: readonly PolicyRecord[]; scope: PolicyScope; now: number; onPublished(record: PolicyRecord): void }) {
  const { t, i18n } = useTranslation();
  const [published, setPublished] = useState<PolicyRecord | null>(null);
  const teamScoped = isTeamScopedKind(kind);
  // An admin starts at every team; a lead's versions are for their own team.
  const [chosenTeam, setChosenTeam] = useState<string | null>(scope.global ? null : scope.teamId);
  const teamId = teamScoped ? chosenTeam : null;
  const inForce = policyInForce(records, kind, now, teamId);
  const Editor = editors[kind] as ComponentType<EditorProps<K>>;
  const titleId = `policy-${kind}-title`;
  return (
    <section className="policy-section" aria-labelledby={titleId}>
      <div className="panel-header">
        <h3 id={titleId}>{t(`policies.kinds.${kind}`)}</h3>
        <span className="policy-state policy-state-inForce">{t('policies.inForceNow', { version: inForce.version })}</span>
      </div>
      <PolicyScopeField teamScoped={teamScoped} scope={scope} value={teamId} onChange={setChosenTeam} />
      {published && (
        <p role="status" className="success-banner">
          {t('policies.published', { version: published.version, time: formatAt(published.effectiveFrom, i18n.language) })}
        </p>
      )}
      {/* A new version in force (or published), or another team chosen, starts a fresh edit from what is in force for it. */}
      <PublishTeamContext.Provider value={teamId}>
        <Editor
          key={`${inForce.id}:${records.length}`}
          inForce={inForce}
          now={now}
          onPublished={(record) => {
            setPublished(record);
            onPublished(record);
          }}
        />
      </PublishTeamContext.Provider>
      <VersionList kind={kind} records={records} scope={teamScoped ? scope : null} now={now} />
    </section>
  );
}
