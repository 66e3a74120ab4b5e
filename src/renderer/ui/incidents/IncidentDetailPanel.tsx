import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { nextIncidentMoves, incidentTakesUpdates, type IncidentMove } from '../../../shared/domain/incidents';
import type { AppErrorValue } from '../../../shared/result';
import type { IncidentDetail, IncidentEvent } from '../../../shared/schemas/incidents';
import { useApiQuery } from '../useApiQuery';
import { useApi } from '../../apiContext';
import { formatAt } from '../formatSpan';
import { validationMessage } from '../validationMessage';
import { CalmingScript } from './CalmingScript';
import './incidents.css';

/**
 * One incident: what was reported, the calming script, the timeline to closure (who and when),
 * the linked cases; anyone adds updates and links cases, a lead moves it on.
 */
export function IncidentDetailPanel({ id, canMove, version, onChanged }: { id: string; canMove: boolean; version?: unknown; onChanged?(): void }) {
  const { t, i18n } = useTranslation();
  // Asked again when the incident changes (`version`: its last change, pulled from another desktop too); the shown one stays meanwhile.
  const query = useApiQuery((api) => api.getIncident({ id }), [id, version], (shown) => shown.id === id);
  if (query.state === 'loading') return <p className="muted">…</p>;
  if (query.state === 'failed') return <p role="alert" className="error-banner">{t(`errors.${query.error.code}`)}</p>;
  const incident = query.value;
  const changed = (next: IncidentDetail) => {
    query.set(next);
    onChanged?.();
  };
  return (
    <article className="incident-detail" aria-label={incident.summary}>
      <p>
        <span className={`incident-state incident-state-${incident.state}`}>{t(`incidents.states.${incident.state}`)}</span> <strong>{t(`incidents.kinds.${incident.kind}`)}</strong>
      </p>
      <p className="incident-summary">{incident.summary}</p>
      <CalmingScript kind={incident.kind} />
      <h4>{t('incidents.timeline')}</h4>
      <ol className="incident-timeline">
        {incident.timeline.map((event) => (
          <li key={event.id}>
            <time className="muted">{formatAt(event.at, i18n.language)}</time> {eventText(t, event)}
            {event.note && event.kind !== 'opened' && <div className="incident-note">{event.note}</div>}
          </li>
        ))}
      </ol>
      <h4>{t('incidents.cases')}</h4>
      {incident.cases.length === 0 ? (
        <p className="muted">{t('incidents.casesEmpty')}</p>
      ) : (
        <ul className="incident-cases">
          {incident.cases.map((c) => (
            <li key={c.id}>
              {c.number ?? c.id} {c.subject && <span className="muted">· {c.subject}</span>}
            </li>
          ))}
        </ul>
      )}
      {incidentTakesUpdates(incident.state) && (
        <>
          <UpdateForm id={incident.id} onDone={changed} />
          <LinkCaseForm id={incident.id} onDone={changed} />
        </>
      )}
      {canMove ? <Moves incident={incident} onDone={changed} /> : incident.state !== 'closed' && <p className="muted small-note">{t('incidents.leadOnly')}</p>}
    </article>
  );
}

function eventText(t: ReturnType<typeof useTranslation>['t'], event: IncidentEvent): string {
  return t(`incidents.events.${event.kind}`, { who: event.actorName ?? t('incidents.unknownAgent'), number: event.caseNumber ?? event.caseId ?? '' });
}

function ErrorLine({ error }: { error: AppErrorValue | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  const issue = error.issues?.[0];
  return (
    <p role="alert" className="error-banner">
      {issue?.key === 'unknownCase' ? t('incidents.unknownCase') : issue ? validationMessage(t, issue) : t(`errors.${error.code}`)}
    </p>
  );
}

function UpdateForm({ id, onDone }: { id: string; onDone(next: IncidentDetail): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [note, setNote] = useState('');
  const [error, setError] = useState<AppErrorValue | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const reply = await api.addIncidentUpdate({ id, note });
    if (!reply.ok) return setError(reply.error);
    setError(null);
    setNote('');
    onDone(reply.value);
  };
  return (
    <form className="incident-form" onSubmit={(e) => void submit(e)}>
      <label>
        {t('incidents.addUpdate')}
        <textarea rows={2} maxLength={2000} value={note} placeholder={t('incidents.updatePlaceholder')} onChange={(e) => setNote(e.target.value)} />
      </label>
      <ErrorLine error={error} />
      <button type="submit" className="small" disabled={note.trim().length < 2}>
        {t('incidents.post')}
      </button>
    </form>
  );
}

function LinkCaseForm({ id, onDone }: { id: string; onDone(next: IncidentDetail): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [number, setNumber] = useState('');
  const [error, setError] = useState<AppErrorValue | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const reply = await api.linkIncidentCase({ id, caseNumber: number });
    if (!reply.ok) return setError(reply.error);
    setError(null);
    setNumber('');
    onDone(reply.value);
  };
  return (
    <form className="incident-form row" onSubmit={(e) => void submit(e)}>
      <label>
        {t('incidents.caseNumber')} <input value={number} maxLength={40} onChange={(e) => setNumber(e.target.value)} />
      </label>
      <button type="submit" className="secondary small" disabled={number.trim() === ''}>
        {t('incidents.link')}
      </button>
      <ErrorLine error={error} />
    </form>
  );
}

function Moves({ incident, onDone }: { incident: IncidentDetail; onDone(next: IncidentDetail): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [note, setNote] = useState('');
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [busy, setBusy] = useState(false);
  const moves = nextIncidentMoves(incident.state);
  if (moves.length === 0) return null;
  const move = async (which: IncidentMove) => {
    setBusy(true);
    const reply = await api.moveIncident({ id: incident.id, move: which, note });
    setBusy(false);
    if (!reply.ok) return setError(reply.error);
    setError(null);
    setNote('');
    onDone(reply.value);
  };
  return (
    <div className="incident-moves">
      <label>
        {t('incidents.moveNote')}
        <input value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
      </label>
      <div className="row">
        {moves.map((m) => (
          <button key={m} type="button" className={m === 'close' ? 'secondary small' : 'small'} disabled={busy} onClick={() => void move(m)}>
            {t(`incidents.moves.${m}`)}
          </button>
        ))}
      </div>
      <ErrorLine error={error} />
    </div>
  );
}
