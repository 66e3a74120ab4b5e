import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/result';
import type { EvaluationDetail } from '../../../shared/schemas/quality';
import { useApi } from '../../apiContext';
import { DateTimeField } from '../../ui/DateTimeField';
import { formatAt } from '../../ui/formatSpan';
import { issueText, localText } from './qualityText';

/** Improvement actions agreed on an evaluation: the lead adds them with a due date and marks them done. */
export function ImprovementActions({ evaluation, editable, now, onChanged }: { evaluation: EvaluationDetail; editable: boolean; now: number; onChanged(next: EvaluationDetail): void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [text, setText] = useState('');
  const [criterionId, setCriterionId] = useState<string>('');
  const [dueAt, setDueAt] = useState<number | null>(null);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const title = (id: string | null) => {
    const c = evaluation.scorecard.criteria.find((x) => x.id === id);
    return c ? localText(c.title, i18n.language) : t('quality.actions.anyCriterion');
  };
  const add = async (event: FormEvent) => {
    event.preventDefault();
    const reply = await api.addImprovementAction({ evaluationId: evaluation.id, criterionId: criterionId || null, text, dueAt: dueAt ?? 0 });
    if (reply.ok) {
      setText('');
      setDueAt(null);
      setError(null);
      onChanged(reply.value);
    } else setError(reply.error);
  };
  const finish = async (id: string) => {
    const reply = await api.finishImprovementAction({ id });
    if (reply.ok) onChanged(reply.value);
    else setError(reply.error);
  };
  const issue = (path: string) => error?.issues?.find((i) => i.path === path);

  return (
    <section className="panel quality-actions" aria-labelledby={`actions-${evaluation.id}`}>
      <h3 id={`actions-${evaluation.id}`}>{t('quality.actions.title')}</h3>
      {evaluation.actions.length === 0 && <p className="muted">{t('quality.actions.empty')}</p>}
      <ul className="plain-list">
        {evaluation.actions.map((a) => (
          <li key={a.id}>
            <strong>{a.text}</strong> · {title(a.criterionId)} ·{' '}
            {a.state === 'done' ? t('quality.actions.finished', { at: formatAt(a.doneAt!, i18n.language) }) : t('quality.actions.open', { due: formatAt(a.dueAt, i18n.language) })}
            {a.state === 'open' && a.dueAt < now && <span className="quality-missing"> {t('quality.actions.overdue')}</span>}
            {editable && a.state === 'open' && (
              <button type="button" className="small secondary" onClick={() => void finish(a.id)}>
                {t('quality.actions.done')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {editable && (
        <form className="quality-action-form" onSubmit={(e) => void add(e)}>
          <label className="field">
            <span>{t('quality.actions.text')}</span>
            <input value={text} maxLength={500} onChange={(e) => setText(e.target.value)} aria-invalid={issue('text') ? true : undefined} />
            {issue('text') && <span className="field-error">{issueText(t, issue('text')!)}</span>}
          </label>
          <label className="field">
            <span>{t('quality.actions.criterion')}</span>
            <select value={criterionId} onChange={(e) => setCriterionId(e.target.value)}>
              <option value="">{t('quality.actions.anyCriterion')}</option>
              {evaluation.scorecard.criteria.map((c) => (
                <option key={c.id} value={c.id}>
                  {localText(c.title, i18n.language)}
                </option>
              ))}
            </select>
          </label>
          <DateTimeField label={t('quality.actions.due')} value={dueAt} onChange={setDueAt} notBefore={now} />
          {issue('dueAt') && <span className="field-error">{issueText(t, issue('dueAt')!)}</span>}
          <button type="submit">{t('quality.actions.add')}</button>
        </form>
      )}
      {error && !error.issues && (
        <p role="alert" className="error-banner">
          {t(`errors.${error.code}`)}
        </p>
      )}
    </section>
  );
}
