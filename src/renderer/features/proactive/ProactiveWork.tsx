import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { proactiveOutcomes, type ProactiveOutcome } from '../../../shared/domain/proactiveLists';
import type { AppErrorValue } from '../../../shared/result';
import type { ProactiveList, ProactiveNext } from '../../../shared/schemas/proactive';
import { useApi } from '../../apiContext';
import './proactive.css';

/**
 * Working a proactive list (issue 18), like the follow-up queue: one customer at a time with the
 * list's script; the outcome (reached, no answer, refused, done) and a note, then the next one.
 * Unanswered customers come back after the others; "skip" passes one over for this session.
 */
export function ProactiveWork({ onStartCall }: { onStartCall?(contact: { customerId: string | null; name: string }): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [lists, setLists] = useState<ProactiveList[] | null>(null);
  const [listId, setListId] = useState<string | null>(null);
  const [next, setNext] = useState<ProactiveNext | null>(null);
  const [skipped, setSkipped] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void api.listProactiveLists({ state: 'open' }).then((reply) => {
      if (!reply.ok) return setError(reply.error);
      setLists(reply.value);
      setListId((current) => current ?? reply.value[0]?.id ?? null);
    });
  }, [api]);
  const load = useCallback(
    async (id: string, skip: string[]) => {
      const reply = await api.nextProactiveContact({ listId: id, skip });
      if (reply.ok) setNext(reply.value);
      else setError(reply.error);
    },
    [api],
  );
  useEffect(() => {
    if (listId) void load(listId, skipped);
  }, [listId, skipped, load]);

  if (lists === null || lists.length === 0) {
    return lists === null ? null : (
      <section className="panel proactive-work" aria-labelledby="proactive-work-title">
        <h3 id="proactive-work-title">{t('proactive.workTitle')}</h3>
        <p className="muted">{t('proactive.noLists')}</p>
      </section>
    );
  }
  const contact = next?.contact ?? null;
  const record = async (outcome: ProactiveOutcome) => {
    if (!contact || !listId) return;
    setBusy(true);
    const reply = await api.recordProactiveOutcome({ contactId: contact.id, outcome, note });
    setBusy(false);
    if (!reply.ok) return setError(reply.error);
    setError(null);
    setNote('');
    setSaved(t('proactive.saved', { name: contact.name, outcome: t(`proactive.outcomes.${outcome}`) }));
    await load(listId, skipped);
  };
  return (
    <section className="panel proactive-work" aria-labelledby="proactive-work-title">
      <header className="panel-header">
        <h3 id="proactive-work-title">{t('proactive.workTitle')}</h3>
        <label>
          {t('proactive.chooseList')}{' '}
          <select
            value={listId ?? ''}
            onChange={(e) => {
              setListId(e.target.value);
              setSkipped([]);
              setSaved(null);
            }}
          >
            {lists.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name} · {t(`proactive.kinds.${l.kind}`)}
              </option>
            ))}
          </select>
        </label>
      </header>
      <p className="muted small-note">{t('proactive.workNote')}</p>
      {saved && (
        <p role="status" className="success-banner">
          {saved}
        </p>
      )}
      {next?.list.script && <blockquote className="proactive-script">{next.list.script}</blockquote>}
      {next && !contact && <p className="muted">{t('proactive.allDone')}</p>}
      {contact && (
        <div className="proactive-card" aria-label={contact.name}>
          <div className="proactive-who">
            <strong>{contact.name}</strong> <span className="proactive-phone">{contact.phone}</span>
            {onStartCall && (
              <button type="button" className="secondary small" onClick={() => onStartCall({ customerId: contact.customerId, name: contact.name })}>
                {t('proactive.startCall')}
              </button>
            )}
            {contact.attempts > 0 && <span className="muted"> · {t('proactive.attempts', { count: contact.attempts })}</span>}
          </div>
          {contact.note && <div className="muted">{contact.note}</div>}
          <label className="block">
            {t('proactive.outcomeNote')}
            <textarea rows={2} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
          <div className="row">
            {proactiveOutcomes.map((o) => (
              <button key={o} type="button" className={o === 'reached' || o === 'done' ? 'small' : 'secondary small'} disabled={busy} onClick={() => void record(o)}>
                {t(`proactive.outcomes.${o}`)}
              </button>
            ))}
            <button type="button" className="link" onClick={() => setSkipped((s) => [...s, contact.id])}>
              {t('proactive.skip')}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p role="alert" className="error-banner">
          {t(`errors.${error.code}`)}
        </p>
      )}
    </section>
  );
}
