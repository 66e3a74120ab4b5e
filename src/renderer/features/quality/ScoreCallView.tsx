import { useTranslation } from 'react-i18next';
import type { CallForScoring, EvaluationDetail } from '../../../shared/schemas/quality';
import { useApiQuery } from '../../ui/useApiQuery';
import { useNow } from '../../ui/useNow';
import { EvaluationExchange } from './EvaluationExchange';
import { QueryStatus } from './QueryStatus';
import { EvidencePanel } from './EvidencePanel';
import { ImprovementActions } from './ImprovementActions';
import { ScoreForm } from './ScoreForm';

/** A lead scores one saved call: its record on the left, the scorecard on the right, then the exchange with the agent. */
export function ScoreCallView({ callId, onBack }: { callId: string; onBack(): void }) {
  const { t } = useTranslation();
  const query = useApiQuery((api) => api.qualityCallForScoring({ callId }), [callId]);
  const now = useNow(60_000);
  const withEvaluation = (forScoring: CallForScoring, evaluation: EvaluationDetail) => query.set({ ...forScoring, evaluation });
  return (
    <section className="quality-score" aria-labelledby="quality-score-heading">
      <div className="quality-header">
        <button type="button" className="link" onClick={onBack}>
          ← {t('quality.score.back')}
        </button>
        {query.state === 'loaded' && <h2 id="quality-score-heading">{t('quality.score.title', { number: query.value.evidence.caseNumber })}</h2>}
      </div>
      {query.state !== 'loaded' ? (
        <QueryStatus query={query} />
      ) : (
        <div className="quality-columns">
          <EvidencePanel evidence={query.value.evidence} />
          <div className="quality-side">
            <ScoreForm key={query.value.evaluation?.updatedAt ?? 'new'} forScoring={query.value} onScored={(e) => withEvaluation(query.value, e)} />
            {query.value.evaluation && (
              <>
                <p role="status" className="success-banner">
                  {t('quality.score.saved')}
                </p>
                <EvaluationExchange evaluation={query.value.evaluation} as="lead" onChanged={(e) => withEvaluation(query.value, e)} />
                <ImprovementActions evaluation={query.value.evaluation} editable now={now} onChanged={(e) => withEvaluation(query.value, e)} />
              </>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
