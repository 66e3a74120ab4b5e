import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthorityLimits } from '../../../shared/domain/policies/authorityPolicy';
import type { PolicyRecord } from '../../../shared/domain/policies/policyRecords';
import { remedies } from '../../../shared/schemas/callDraft';
import { EffectiveFields } from './EffectiveFields';
import { effectiveNow, usePublishPolicy, type Effective } from './publishing';
import { PublishStatus } from './PublishStatus';

/**
 * The agent's authority limits (issue 18): the remedies an agent may not promise without a lead's
 * approval. On a call, choosing one asks for approval before the solve stage can be completed.
 */
export function AuthorityEditor({ inForce, now, onPublished }: { inForce: PolicyRecord<'authorityLimits'>; now: number; onPublished(record: PolicyRecord): void }) {
  const { t } = useTranslation();
  const [limits, setLimits] = useState<AuthorityLimits>(inForce.body);
  const [effective, setEffective] = useState<Effective>(effectiveNow);
  const publishing = usePublishPolicy(onPublished);
  const answer = publishing.current(limits, effective);
  const changed = remedies.filter((r) => limits.approvalRemedies.includes(r) !== inForce.body.approvalRemedies.includes(r));
  const toggle = (remedy: (typeof remedies)[number], on: boolean) =>
    setLimits({ approvalRemedies: remedies.filter((r) => (r === remedy ? on : limits.approvalRemedies.includes(r))) });
  return (
    <form
      className="policy-editor"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void publishing.publish(limits, 'authorityLimits', effective, Date.now());
      }}
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
      <EffectiveFields value={effective} now={now} issue={answer.issues.find((i) => i.path === 'effectiveFrom')} onChange={setEffective} />
      <PublishStatus issues={answer.issues} error={answer.error} />
      <div className="row">
        <button type="submit" disabled={publishing.busy || changed.length === 0}>
          {t('authorityPolicy.publish')}
        </button>
      </div>
    </form>
  );
}
