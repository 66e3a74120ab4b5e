import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProactiveSummary } from '../../../shared/schemas/proactive';
import { useApi } from '../../apiContext';

type Figures = ProactiveSummary & { incidents: { reported: number; open: number; resolved: number } };

/** Incidents and proactive contacts over the report's period (issue 18), beside the shift report's sections. */
export function ProactiveReportPanel({ from, to }: { from: number; to: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const [figures, setFigures] = useState<Figures | null>(null);
  useEffect(() => {
    let live = true;
    void api.getProactiveSummary({ from, to }).then((reply) => live && reply.ok && setFigures(reply.value));
    return () => {
      live = false;
    };
  }, [api, from, to]);
  if (!figures) return null;
  return (
    <section className="panel" aria-labelledby="report-proactive">
      <h3 id="report-proactive">{t('proactive.reportTitle')}</h3>
      <p>{t('proactive.reportIncidents', { ...figures.incidents })}</p>
      <p>{t('proactive.reportContacts', { ...figures })}</p>
    </section>
  );
}
