import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvaluationDetail } from '../../../shared/schemas/quality';
import { formatAt } from '../../ui/formatSpan';
import { useApiQuery } from '../../ui/useApiQuery';
import { EvaluationExchange } from './EvaluationExchange';
import { ImprovementActions } from './ImprovementActions';
import { QueryStatus } from './QueryStatus';
import { localText } from './qualityText';

/** The signed-in agent's evaluations; one opened shows each criterion's mark and the lead's reasons, to acknowledge or dispute. */
export function MyEvaluations({ now }: { now: number }) {
  const { t, i18n } = useTranslation();
  const [openId, setOpenId] = useState<string | null>(null);
  const list = useApiQuery((api) => api.myEvaluations(), [openId]);
  if (openId) return <EvaluationView id={openId} now={now} onBack={() => setOpenId(null)} />;
  return (
    <section className="panel quality-mine" aria-labelledby="quality-mine-title">
      <h2 id="quality-mine-title">{t('quality.mine.title')}</h2>
      {list.state !== 'loaded' ? (
        <QueryStatus query={list} />
      ) : list.value.length === 0 ? (
        <p className="muted">{t('quality.mine.empty')}</p>
      ) : (
        <ul className="lead-list">
          {list.value.map((e) => (
            <li key={e.id}>
              <strong className="quality-total">{e.score ?? '—'}</strong> · {e.caseNumber ?? ''} · {t('quality.mine.scoredBy', { name: e.scorerName ?? '—', time: formatAt(e.scoredAt, i18n.language) })} ·{' '}
              <span className={`quality-state quality-state-${e.state}`}>{t(`quality.states.${e.state}`)}</span>{' '}
              <button type="button" className="small" onClick={() => setOpenId(e.id)}>
                {t('quality.mine.open')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function EvaluationView({ id, now, onBack }: { id: string; now: number; onBack(): void }) {
  const { t, i18n } = useTranslation();
  const query = useApiQuery((api) => api.qualityEvaluation({ evaluationId: id }), [id]);
  const set = (next: EvaluationDetail) => query.set(next);
  return (
    <section className="quality-evaluation" aria-labelledby="quality-evaluation-title">
      <button type="button" className="link" onClick={onBack}>
        ← {t('quality.mine.back')}
      </button>
      {query.state !== 'loaded' ? (
        <QueryStatus query={query} />
      ) : (
        <>
          <h2 id="quality-evaluation-title">
            {query.value.caseNumber} · <span className="quality-total">{query.value.score ?? '—'}</span>
          </h2>
          <p className="muted">{t('quality.mine.scoredBy', { name: query.value.scorerName ?? '—', time: formatAt(query.value.scoredAt, i18n.language) })}</p>
          <table className="lead-table panel">
            <tbody>
              {query.value.scorecard.criteria.map((c) => {
                const m = query.value.marks.find((x) => x.criterionId === c.id);
                return (
                  <tr key={c.id}>
                    <th scope="row">{localText(c.title, i18n.language)}</th>
                    <td className={m?.mark === 'missed' ? 'quality-missing' : undefined}>{m ? t(`quality.marks.${m.mark}`) : '—'}</td>
                    <td className="muted">{[m?.overrideReason, m?.note].filter(Boolean).join(' · ')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <EvaluationExchange evaluation={query.value} as="agent" onChanged={set} />
          <ImprovementActions evaluation={query.value} editable={false} now={now} onChanged={set} />
        </>
      )}
    </section>
  );
}
