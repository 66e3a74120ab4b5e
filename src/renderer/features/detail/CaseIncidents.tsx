import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/result';
import { useApi } from '../../apiContext';
import { useApiQuery } from '../../ui/useApiQuery';
import { useOpenIncidents } from '../../ui/incidents/useOpenIncidents';

/** The incidents this case is linked to, and a picker to link it to one in progress (issue 18). */
export function CaseIncidents({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const { incidents } = useOpenIncidents();
  // Asked again when an incident changes (linked here, from the report dialog, or on another desktop).
  const changes = incidents.map((i) => `${i.id}:${i.caseCount}:${i.state}`).join();
  const linked = useApiQuery((a) => a.listCaseIncidents({ caseId }), [caseId, changes], () => true);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const linkedIds = new Set(linked.state === 'loaded' ? linked.value.map((i) => i.id) : []);
  const linkable = incidents.filter((i) => !linkedIds.has(i.id));
  const link = async (id: string) => {
    if (!id) return;
    const reply = await api.linkIncidentCase({ id, caseId });
    if (!reply.ok) return setError(reply.error);
    setError(null);
    linked.retry();
  };
  if (linked.state !== 'loaded' || (linked.value.length === 0 && incidents.length === 0)) return null;
  return (
    <section className="case-incidents" aria-labelledby={`case-incidents-${caseId}`}>
      <h3 id={`case-incidents-${caseId}`}>{t('incidents.caseSection')}</h3>
      {linked.value.length > 0 && (
        <>
          <p className="muted">{t('incidents.caseLinked')}</p>
          <ul>
            {linked.value.map((i) => (
              <li key={i.id}>{t('incidents.caseLinkedItem', { kind: t(`incidents.kinds.${i.kind}`), summary: i.summary, state: t(`incidents.states.${i.state}`) })}</li>
            ))}
          </ul>
        </>
      )}
      {linkable.length > 0 && (
        <label>
          {t('incidents.caseLinkTo')}{' '}
          <select value="" onChange={(e) => void link(e.target.value)}>
            <option value="">{t('incidents.caseChoose')}</option>
            {linkable.map((i) => (
              <option key={i.id} value={i.id}>
                {t(`incidents.kinds.${i.kind}`)} · {i.summary}
              </option>
            ))}
          </select>
        </label>
      )}
      {error && (
        <p role="alert" className="error-banner">
          {t(`errors.${error.code}`)}
        </p>
      )}
    </section>
  );
}
