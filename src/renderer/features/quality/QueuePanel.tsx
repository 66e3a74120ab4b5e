import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../ui/useApiQuery';
import { formatAt, formatDate } from '../../ui/formatSpan';
import { QueryStatus } from './QueryStatus';

const WEEK_MS = 7 * 86_400_000;

/** The lead's calls to evaluate for a week, with why each was picked and its score once scored. */
export function QueuePanel({ now, onScore }: { now: number; onScore(callId: string): void }) {
  const { t, i18n } = useTranslation();
  const [at, setAt] = useState(now);
  const query = useApiQuery((api) => api.qualityQueue({ at }), [at]);
  return (
    <section className="panel quality-queue" aria-labelledby="quality-queue-title">
      <h2 id="quality-queue-title">{t('quality.queue.title')}</h2>
      <p className="muted small-note">{t('quality.queue.note')}</p>
      <div className="button-row">
        <button type="button" className="small secondary" onClick={() => setAt(at - WEEK_MS)}>
          {t('quality.queue.previous')}
        </button>
        {query.state === 'loaded' && <strong>{t('quality.queue.week', { from: formatDate(query.value.weekStart, i18n.language) })}</strong>}
        <button type="button" className="small secondary" onClick={() => setAt(at + WEEK_MS)} disabled={at + WEEK_MS > now + WEEK_MS}>
          {t('quality.queue.next')}
        </button>
      </div>
      {query.state !== 'loaded' ? (
        <QueryStatus query={query} />
      ) : query.value.items.length === 0 ? (
        <p className="muted">{t('quality.queue.empty')}</p>
      ) : (
        <table className="lead-table quality-queue-table">
          <thead>
            <tr>
              <th>{t('quality.queue.columns.time')}</th>
              <th>{t('quality.queue.columns.agent')}</th>
              <th>{t('quality.queue.columns.case')}</th>
              <th>{t('quality.queue.columns.reasons')}</th>
              <th>{t('quality.queue.columns.result')}</th>
            </tr>
          </thead>
          <tbody>
            {query.value.items.map((item) => (
              <tr key={item.callId}>
                <td>{formatAt(item.startedAt, i18n.language)}</td>
                <td>{item.agentName ?? '—'}</td>
                <td>
                  {item.caseNumber} · {item.subject}
                </td>
                <td>
                  {item.reasons.map((r) => (
                    <span key={r} className={`quality-reason quality-reason-${r}`}>
                      {t(`quality.reasons.${r}`)}
                    </span>
                  ))}
                </td>
                <td>
                  {item.evaluationId ? <span>{t('quality.queue.scored', { score: item.score ?? '—' })} </span> : null}
                  <button type="button" className="small" onClick={() => onScore(item.callId)}>
                    {item.evaluationId ? t('quality.queue.view') : t('quality.queue.score')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
