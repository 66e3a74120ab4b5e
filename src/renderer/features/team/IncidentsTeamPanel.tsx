import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProactiveSummary } from '../../../shared/schemas/proactive';
import { useApi } from '../../apiContext';
import { formatAt } from '../../ui/formatSpan';
import { IncidentDetailPanel } from '../../ui/incidents/IncidentDetailPanel';
import { useOpenIncidents } from '../../ui/incidents/useOpenIncidents';
import '../../ui/incidents/incidents.css';

type Today = ProactiveSummary & { incidents: { reported: number; open: number; resolved: number } };

/** Start of the local day of `now`. */
const dayStart = (now: number) => {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
};

/** The lead's incidents in progress (new ones first to act on), and today's counts of incidents and proactive contacts. */
export function IncidentsTeamPanel({ now }: { now: number }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { incidents, reload } = useOpenIncidents();
  const [chosen, setChosen] = useState<string | null>(null);
  const [today, setToday] = useState<Today | null>(null);
  // Counted again when the team view refreshes or an incident changes.
  const changes = incidents.map((i) => `${i.id}:${i.state}`).join();
  useEffect(() => {
    if (now === 0) return;
    let live = true;
    const from = dayStart(now);
    void api.getProactiveSummary({ from, to: from + 86_400_000 }).then((reply) => live && reply.ok && setToday(reply.value));
    return () => {
      live = false;
    };
  }, [api, now, changes]);
  return (
    <section className="panel incidents-team" aria-labelledby="team-incidents">
      <h3 id="team-incidents">
        {t('incidents.teamTitle')}
        {incidents.length > 0 ? ` (${incidents.length})` : ''}
      </h3>
      <p className="muted small-note">{t('incidents.teamNote')}</p>
      {today && (
        <p className="small-note">
          {t('incidents.todayCounts', { ...today.incidents })}
          <br />
          {t('proactive.todayTitle')}：{t('proactive.today', { ...today })}
        </p>
      )}
      {incidents.length === 0 ? (
        <p className="muted">{t('incidents.empty')}</p>
      ) : (
        <div className={chosen ? 'incident-columns' : undefined}>
          <ul className="incident-list">
            {incidents.map((incident) => (
              <li key={incident.id}>
                <button type="button" className="link" onClick={() => setChosen(incident.id)} aria-expanded={chosen === incident.id}>
                  <span className={`incident-state incident-state-${incident.state}`}>{t(`incidents.states.${incident.state}`)}</span> {incident.summary}
                </button>
                <div className="muted small-note">
                  {t('incidents.item', { kind: t(`incidents.kinds.${incident.kind}`), who: incident.reporterName ?? t('incidents.unknownAgent'), time: formatAt(incident.reportedAt, i18n.language), cases: incident.caseCount })}
                </div>
              </li>
            ))}
          </ul>
          {chosen && incidents.some((i) => i.id === chosen) && <IncidentDetailPanel key={chosen} id={chosen} canMove version={incidents.find((i) => i.id === chosen)?.updatedAt} onChanged={reload} />}
        </div>
      )}
    </section>
  );
}
