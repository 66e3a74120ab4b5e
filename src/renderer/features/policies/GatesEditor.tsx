import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GatePolicy } from '../../../shared/domain/callFlow';
import { gateSwitches } from '../../../shared/domain/policies/gatesPolicy';
import type { PolicyRecord } from '../../../shared/domain/policies/policyRecords';
import { PolicyForm } from './PolicyForm';
import { usePublishPolicy } from './publishing';

/**
 * The stage gates an admin may tighten or relax (issue 18): each switch with what it asks of the
 * agent, the changes listed before publishing. The gates every call needs stay as they are.
 */
export function GatesEditor({ inForce, now, onPublished }: { inForce: PolicyRecord<'stageGates'>; now: number; onPublished(record: PolicyRecord): void }) {
  const { t } = useTranslation();
  const [gates, setGates] = useState<GatePolicy>(inForce.body);
  const publishing = usePublishPolicy('stageGates', onPublished);
  const answer = publishing.current(gates);
  const changed = gateSwitches.filter((key) => gates[key] !== inForce.body[key]);
  return (
    <PolicyForm
      onPublish={() => void publishing.publish(gates)}
      effective={publishing.effective}
      onEffective={publishing.setEffective}
      now={now}
      issues={answer.issues}
      error={answer.error}
      canPublish={!publishing.busy && changed.length > 0}
      publishLabel={t('gatePolicy.publish')}
    >
      <p className="muted">{t('gatePolicy.intro')}</p>
      <fieldset className="gate-switches">
        <legend>{t('gatePolicy.legend')}</legend>
        {gateSwitches.map((key) => (
          <label key={key} className="check">
            <input type="checkbox" checked={gates[key]} onChange={(e) => setGates({ ...gates, [key]: e.target.checked })} />
            <span>
              <strong>{t(`gatePolicy.switches.${key}.label`)}</strong> <span className="muted">{t(`gatePolicy.switches.${key}.hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <section className="policy-preview" aria-live="polite" aria-label={t('gatePolicy.changes', { count: changed.length })}>
        {changed.length === 0 ? (
          <p className="muted">{t('gatePolicy.noChanges')}</p>
        ) : (
          <ul>
            {changed.map((key) => (
              <li key={key}>{t(gates[key] ? 'gatePolicy.turnedOn' : 'gatePolicy.turnedOff', { name: t(`gatePolicy.switches.${key}.label`) })}</li>
            ))}
          </ul>
        )}
      </section>
    </PolicyForm>
  );
}
