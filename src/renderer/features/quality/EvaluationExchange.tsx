import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/result';
import type { EvaluationDetail } from '../../../shared/schemas/quality';
import { useApi } from '../../apiContext';
import { formatAt } from '../../ui/formatSpan';
import { issueText } from './qualityText';

/**
 * The exchange on an evaluation: its timeline, and what the viewer may do next — the evaluated
 * agent acknowledges or disputes, a lead answers a dispute.
 */
export function EvaluationExchange({ evaluation, as, onChanged }: { evaluation: EvaluationDetail; as: 'agent' | 'lead'; onChanged(next: EvaluationDetail): void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [busy, setBusy] = useState(false);
  const canAgent = as === 'agent' && (evaluation.state === 'scored' || evaluation.state === 'answered');
  const canLead = as === 'lead' && evaluation.state === 'disputed';

  const act = async (step: 'acknowledge' | 'dispute' | 'answer', event?: FormEvent) => {
    event?.preventDefault();
    setBusy(true);
    const input = { evaluationId: evaluation.id, comment };
    const reply = step === 'acknowledge' ? await api.acknowledgeEvaluation(input) : step === 'dispute' ? await api.disputeEvaluation(input) : await api.answerEvaluation(input);
    setBusy(false);
    if (reply.ok) {
      setError(null);
      setComment('');
      onChanged(reply.value);
    } else setError(reply.error);
  };
  const commentIssue = error?.issues?.find((i) => i.path === 'comment');

  return (
    <section className="panel quality-exchange" aria-labelledby={`exchange-${evaluation.id}`}>
      <h3 id={`exchange-${evaluation.id}`}>
        {t('quality.exchange.title')} · <span className={`quality-state quality-state-${evaluation.state}`}>{t(`quality.states.${evaluation.state}`)}</span>
      </h3>
      <ol className="quality-timeline">
        {evaluation.events.map((e) => (
          <li key={e.id}>
            <strong>{t(`quality.events.${e.kind}`)}</strong> · {e.actorName ?? '—'} · <span className="muted">{formatAt(e.at, i18n.language)}</span>
            {e.comment ? <p>{e.comment}</p> : null}
          </li>
        ))}
      </ol>
      {(canAgent || canLead) && (
        <form onSubmit={(e) => void act(canLead ? 'answer' : 'dispute', e)}>
          <label className="field">
            <span>{canLead ? t('quality.exchange.answerComment') : t('quality.exchange.disputeComment')}</span>
            <textarea value={comment} maxLength={1000} rows={3} aria-invalid={commentIssue ? true : undefined} onChange={(e) => setComment(e.target.value)} />
            {commentIssue && <span className="field-error">{issueText(t, commentIssue)}</span>}
          </label>
          <div className="button-row">
            {canAgent && (
              <button type="button" disabled={busy} onClick={() => void act('acknowledge')}>
                {t('quality.exchange.acknowledge')}
              </button>
            )}
            <button type="submit" className={canAgent ? 'secondary' : undefined} disabled={busy}>
              {canLead ? t('quality.exchange.answer') : t('quality.exchange.dispute')}
            </button>
          </div>
        </form>
      )}
      {error && !commentIssue && (
        <p role="alert" className="error-banner">
          {t(`errors.${error.code}`)}
        </p>
      )}
    </section>
  );
}
