import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { policyInForce } from '../../../shared/domain/policies/policyInForce';
import { policyKinds, type PolicyKind, type PolicyRecord } from '../../../shared/domain/policies/policyRecords';
import { formatAt } from '../../ui/formatSpan';
import { useApiQuery } from '../../ui/useApiQuery';
import { useReloadGuardRules } from '../../ui/guardRules';
import { useNow } from '../../ui/useNow';
import { CalendarEditor } from './CalendarEditor';
import { AuthorityEditor } from './AuthorityEditor';
import { DispositionsEditor } from './DispositionsEditor';
import { GatesEditor } from './GatesEditor';
import { PhrasesEditor } from './PhrasesEditor';
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

/**
 * Policies as data (issue 18), for admins: per kind the version in force, every version, and an
 * editor that publishes a new version effective from a chosen time through the publishPolicy verb.
 */
export function PoliciesScreen() {
  const { t } = useTranslation();
  const tick = useNow(30_000);
  // Asked again after a publish, the versions on screen stay until the new list comes (the sections keep their messages).
  const query = useApiQuery((api) => api.listPolicies(), [], () => true);
  // A version published "now" is in force at once, not at the next tick.
  const [publishedAt, setPublishedAt] = useState(0);
  const reloadGuardRules = useReloadGuardRules();
  const now = Math.max(tick, publishedAt);
  return (
    <section className="panel lead-screen policies-screen" aria-labelledby="policies-title">
      <header>
        <h2 id="policies-title">{t('policies.title')}</h2>
        <p className="muted">{t('policies.intro')}</p>
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
        policyKinds.map((kind) => (
          <PolicySection
            key={kind}
            kind={kind}
            records={query.value}
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

function PolicySection<K extends PolicyKind>({ kind, records, now, onPublished }: { kind: K; records: readonly PolicyRecord[]; now: number; onPublished(record: PolicyRecord): void }) {
  const { t, i18n } = useTranslation();
  const [published, setPublished] = useState<PolicyRecord | null>(null);
  const inForce = policyInForce(records, kind, now);
  const Editor = editors[kind] as ComponentType<EditorProps<K>>;
  const titleId = `policy-${kind}-title`;
  return (
    <section className="policy-section" aria-labelledby={titleId}>
      <div className="panel-header">
        <h3 id={titleId}>{t(`policies.kinds.${kind}`)}</h3>
        <span className="policy-state policy-state-inForce">{t('policies.inForceNow', { version: inForce.version })}</span>
      </div>
      {published && (
        <p role="status" className="success-banner">
          {t('policies.published', { version: published.version, time: formatAt(published.effectiveFrom, i18n.language) })}
        </p>
      )}
      {/* A new version in force (or published) starts a fresh edit from it. */}
      <Editor
        key={`${inForce.id}:${records.length}`}
        inForce={inForce}
        now={now}
        onPublished={(record) => {
          setPublished(record);
          onPublished(record);
        }}
      />
      <VersionList kind={kind} records={records} now={now} />
    </section>
  );
}
