import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/schemas/incidents';
import { Dialog } from '../../ui/Dialog';
import { IncidentDetailPanel } from '../../ui/incidents/IncidentDetailPanel';
import { useOpenIncidents } from '../../ui/incidents/useOpenIncidents';
import { formatAt } from '../../ui/formatSpan';
import '../../ui/incidents/incidents.css';
import { incidentsToAnnounce, systemAnnounce, type Announce } from './announceIncidents';

/**
 * The strip under the header on every screen while incidents are in progress. A lead sees new
 * ones (not yet acknowledged) as an alert; anyone opens the list, the timeline and the calming script.
 */
export function IncidentBar({ isLead, reported = 0, announce = systemAnnounce }: { isLead: boolean; reported?: number; announce?: Announce }) {
  const { t } = useTranslation();
  const { incidents, loaded, reload } = useOpenIncidents(undefined, reported);
  // A lead busy in another window hears of a new incident from the system too, once each.
  const seen = useRef<Set<string> | null>(null);
  useEffect(() => {
    if (!loaded || !isLead) return;
    const first = seen.current === null;
    seen.current ??= new Set();
    for (const incident of incidentsToAnnounce(seen.current, incidents, first)) announce(t('incidents.notifyTitle'), `${t(`incidents.kinds.${incident.kind}`)} · ${incident.summary}`, `incident-${incident.id}`);
  }, [incidents, loaded, isLead, announce, t]);
  const [open, setOpen] = useState(false);
  const fresh = incidents.filter((i) => i.state === 'open');
  if (incidents.length === 0 && !open) return null;
  const alerting = isLead && fresh.length > 0;
  return (
    <>
      {incidents.length > 0 && (
        <p className={`incident-bar${alerting ? ' alerting' : ''}`} role={alerting ? 'alert' : 'status'}>
          <span>{alerting ? t('incidents.barNew', { count: fresh.length, summary: fresh[0]!.summary }) : t('incidents.barOpen', { count: incidents.length })}</span>
          <button type="button" className="small" onClick={() => setOpen(true)}>
            {t('incidents.open')}
          </button>
        </p>
      )}
      {open && <IncidentsDialog incidents={incidents} canMove={isLead} onChanged={reload} onClose={() => setOpen(false)} />}
    </>
  );
}

function IncidentsDialog({ incidents, canMove, onChanged, onClose }: { incidents: Incident[]; canMove: boolean; onChanged(): void; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const [chosen, setChosen] = useState<string | null>(incidents[0]?.id ?? null);
  const current = chosen ?? incidents[0]?.id ?? null;
  return (
    <div className="modal-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <Dialog labelledBy="incidents-title" className="panel incident-panel" focusFirst="header button" onKeyDown={(e) => e.key === 'Escape' && !e.defaultPrevented && onClose()}>
        <header className="panel-header">
          <h2 id="incidents-title">{t('incidents.panelTitle')}</h2>
          <button type="button" className="link" onClick={onClose}>
            {t('detail.close')}
          </button>
        </header>
        {incidents.length === 0 ? (
          <p className="muted">{t('incidents.empty')}</p>
        ) : (
          <div className="incident-columns">
            <ul className="incident-list">
              {incidents.map((incident) => (
                <li key={incident.id} aria-current={incident.id === current || undefined}>
                  <button type="button" className="link" onClick={() => setChosen(incident.id)}>
                    <span className={`incident-state incident-state-${incident.state}`}>{t(`incidents.states.${incident.state}`)}</span> {incident.summary}
                  </button>
                  <div className="muted small-note">
                    {t('incidents.item', { kind: t(`incidents.kinds.${incident.kind}`), who: incident.reporterName ?? t('incidents.unknownAgent'), time: formatAt(incident.reportedAt, i18n.language), cases: incident.caseCount })}
                  </div>
                </li>
              ))}
            </ul>
            {current && <IncidentDetailPanel key={current} id={current} canMove={canMove} version={incidents.find((i) => i.id === current)?.updatedAt} onChanged={onChanged} />}
          </div>
        )}
      </Dialog>
    </div>
  );
}
