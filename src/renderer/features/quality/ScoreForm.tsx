import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { scoreOf } from '../../../shared/domain/quality/score';
import { qualityMarks, type QualityMark } from '../../../shared/domain/quality/scorecard';
import type { AppErrorValue } from '../../../shared/result';
import type { CallForScoring, EvaluationDetail } from '../../../shared/schemas/quality';
import { useApi } from '../../apiContext';
import { issueText, localText } from './qualityText';

interface Draft {
  mark: QualityMark;
  overrideReason: string;
  note: string;
}

/** The scorecard's criteria with the evidence's suggestion, the lead's mark, and a reason wherever the two differ. */
export function ScoreForm({ forScoring, onScored }: { forScoring: CallForScoring; onScored(evaluation: EvaluationDetail): void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { scorecard, suggestions, evaluation } = forScoring;
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() => {
    const earlier = new Map(evaluation?.marks.map((m) => [m.criterionId, m]));
    return Object.fromEntries(suggestions.map((s) => [s.criterionId, earlier.get(s.criterionId) ?? { mark: s.mark, overrideReason: '', note: '' }]));
  });
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [busy, setBusy] = useState(false);
  const final = evaluation?.state === 'acknowledged';
  const marks = suggestions.map((s) => ({ criterionId: s.criterionId, prefilled: s.prefilled, ...drafts[s.criterionId]! }));
  const score = scoreOf(scorecard, marks);
  const issueFor = (path: string) => error?.issues?.find((i) => i.path === path);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const reply = await api.scoreCall({ callId: forScoring.evidence.callId, marks: marks.map(({ criterionId, mark, overrideReason, note }) => ({ criterionId, mark, overrideReason, note })) });
    setBusy(false);
    if (reply.ok) {
      setError(null);
      onScored(reply.value);
    } else setError(reply.error);
  };
  const change = (id: string, patch: Partial<Draft>) => setDrafts((d) => ({ ...d, [id]: { ...d[id]!, ...patch } }));

  return (
    <form className="panel quality-score-form" onSubmit={(e) => void submit(e)} aria-labelledby="quality-score-title">
      <h3 id="quality-score-title">
        {t('quality.score.card', { version: scorecard.version })} · {t('quality.score.total')}：<strong className="quality-total">{score === null ? t('quality.score.noScore') : score}</strong>
      </h3>
      {final && <p className="muted">{t('quality.score.final')}</p>}
      <ol className="quality-criteria">
        {scorecard.criteria.map((criterion) => {
          const suggestion = suggestions.find((s) => s.criterionId === criterion.id)!;
          const draft = drafts[criterion.id]!;
          const differs = suggestion.prefilled !== null && draft.mark !== suggestion.prefilled;
          const reasonIssue = issueFor(`marks.${criterion.id}.overrideReason`);
          return (
            <li key={criterion.id} className="quality-criterion">
              <fieldset disabled={final}>
                <legend>
                  {localText(criterion.title, i18n.language)} <span className="muted">×{criterion.weight}</span>
                </legend>
                <p className="muted small-note">{localText(criterion.guidance, i18n.language)}</p>
                <p className="small-note">
                  {suggestion.suggestion
                    ? t('quality.score.suggested', { mark: t(`quality.marks.${suggestion.suggestion.mark}`), reason: t(`quality.prefill.${suggestion.suggestion.reason}`) })
                    : t('quality.score.noSuggestion')}
                </p>
                <div className="quality-marks" role="radiogroup" aria-label={localText(criterion.title, i18n.language)}>
                  {qualityMarks.map((m) => (
                    <label key={m} className={draft.mark === m ? 'chosen' : undefined}>
                      <input type="radio" name={`mark-${criterion.id}`} value={m} checked={draft.mark === m} onChange={() => change(criterion.id, { mark: m })} />
                      {t(`quality.marks.${m}`)}
                    </label>
                  ))}
                </div>
                {differs && (
                  <label className="field">
                    <span>{t('quality.score.overrideReason')}</span>
                    <input
                      value={draft.overrideReason}
                      maxLength={500}
                      aria-invalid={reasonIssue ? true : undefined}
                      placeholder={t('quality.score.overrideHint')}
                      onChange={(e) => change(criterion.id, { overrideReason: e.target.value })}
                    />
                    {reasonIssue && <span className="field-error">{issueText(t, reasonIssue)}</span>}
                  </label>
                )}
                <label className="field">
                  <span>{t('quality.score.note')}</span>
                  <input value={draft.note} maxLength={500} onChange={(e) => change(criterion.id, { note: e.target.value })} />
                </label>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {error && (
        <p role="alert" className="error-banner">
          {t(`errors.${error.code}`)}
        </p>
      )}
      {!final && (
        <button type="submit" disabled={busy}>
          {evaluation ? t('quality.score.resubmit') : t('quality.score.submit')}
        </button>
      )}
    </form>
  );
}
