import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthorityLimits } from '../../../shared/domain/policies/authorityPolicy';
import type { PolicyRecord } from '../../../shared/domain/policies/policyRecords';
import { remedies } from '../../../shared/schemas/callDraft';
import { PolicyForm } from './PolicyForm';
import { usePublishPolicy } from './publishing';

/**
 * The agent's authority limits (issue 18): the remedies an agent may not promise without a lead's
 * approval. On a call, choosing one asks for approval before the solve stage can be completed.
 */
export function AuthorityEditor({ inForce, now, onPublished }: { inForce: PolicyRecord<'authorityLimits'>; now: number; onPublished(record: PolicyRecord): void }) {
  const { t } = useTranslation();
  const [limits, setLimits] = useState<AuthorityLimits>(inForce.body);
  const publishing = usePublishPolicy('authorityLimits', onPublished);
  const answer = publishing.current(limits);
  const changed = remedies.filter((r) => limits.approvalRemedies.includes(r) !== inForce.body.approvalRemedies.includes(r));
  const toggle = (remedy: (typeof remedies)[number], on: boolean) =>
    setLimits({ approvalRemedies: remedies.filter((r) => (r === remedy ? on : limits.approvalRemedies.includes(r))) });
  return (
    <PolicyForm
      onPublish={() => void publishing.publish(limits)}
      effective={publishing.effective}
      onEffective={publishing.setEffective}
      now={now}
      issues={answer.issues}
      error={answer.error}
      canPublish={!publishing.busy && changed.length > 0}
      publishLabel={t('authorityPolicy.publish')}
    >
      <p className="muted">{t('authorityPolicy.intro')}</p>
      <fieldset className="gate-switches">
        <legend>{t('authorityPolicy.legend')}</legend>
        {remedies.map((remedy) => (
          <label key={remedy} className="check">
            <input type="checkbox" checked={limits.approvalRemedies.includes(remedy)} onChange={(e) => toggle(remedy, e.target.checked)} />
            {t(`terms.remedies.${remedy}`)}
          </label>
        ))}
      </fieldset>
      <section className="policy-preview" aria-live="polite" aria-label={t('authorityPolicy.changes', { count: changed.length })}>
        {changed.length === 0 ? (
          <p className="muted">{t('authorityPolicy.noChanges')}</p>
        ) : (
          <ul>
            {changed.map((remedy) => (
              <li key={remedy}>{t(limits.approvalRemedies.includes(remedy) ? 'authorityPolicy.needsApproval' : 'authorityPolicy.agentDecides', { remedy: t(`terms.remedies.${remedy}`) })}</li>
            ))}
          </ul>
        )}
      </section>
    </PolicyForm>
  );
}
