import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GatePolicy } from '../../../shared/domain/callFlow';
import { gateSwitches } from '../../../shared/domain/policies/gatesPolicy';
import type { PolicyRecord } from '../../../shared/domain/policies/policyRecords';
import { EffectiveFields } from './EffectiveFields';
import { effectiveNow, usePublishPolicy, type Effective } from './publishing';
import { PublishStatus } from './PublishStatus';

/**
 * The stage gates an admin may tighten or relax (issue 18): each switch with what it asks of the
 * agent, the changes listed before publishing. The gates every call needs stay as they are.
 */
export function GatesEditor({ inForce, now, onPublished }: { inForce: PolicyRecord<'stageGates'>; now: number; onPublished(record: PolicyRecord): void }) {
  const { t } = useTranslation();
  const [gates, setGates] = useState<GatePolicy>(inForce.body);
  const [effective, setEffective] = useState<Effective>(effectiveNow);
  const publishing = usePublishPolicy(onPublished);
  const answer = publishing.current(gates, effective);
  const changed = gateSwitches.filter((key) => gates[key] !== inForce.body[key]);
  return (
    <form
      className="policy-editor"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void publishing.publish(gates, 'stageGates', effective, Date.now());
      }}
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
      <EffectiveFields value={effective} now={now} issue={answer.issues.find((i) => i.path === 'effectiveFrom')} onChange={setEffective} />
      <PublishStatus issues={answer.issues} error={answer.error} />
      <div className="row">
        <button type="submit" disabled={publishing.busy || changed.length === 0}>
          {t('gatePolicy.publish')}
        </button>
      </div>
    </form>
  );
}
