import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { weekOf, weekStart } from '../../../shared/domain/quality/sampling';
import { defaultScorecard } from '../../../shared/domain/quality/scorecard';
import { formatAt, formatDate } from '../../ui/formatSpan';
import { useApiQuery } from '../../ui/useApiQuery';
import { QueryStatus } from './QueryStatus';
import { localText } from './qualityText';

type Period = 'week' | 'lastWeek' | 'days30';
const DAY_MS = 86_400_000;

/** The period's bounds: this week so far, last week, or the last 30 days (weeks are the floor's, Monday to Sunday). */
export function periodOf(period: Period, now: number): { from: number; to: number } {
  const thisWeek = weekStart(weekOf(now));
  if (period === 'week') return { from: thisWeek, to: thisWeek + 7 * DAY_MS };
  if (period === 'lastWeek') return { from: thisWeek - 7 * DAY_MS, to: thisWeek };
  return { from: now - 30 * DAY_MS, to: now + 1 };
}

/** Scores per agent and for the team over a period, the criteria most often missed, and the improvement actions. */
export function ReportPanel({ now }: { now: number }) {
  const { t, i18n } = useTranslation();
  const [period, setPeriod] = useState<Period>('lastWeek');
  const { from, to } = periodOf(period, now);
  const query = useApiQuery((api) => api.qualityReport({ from, to }), [from, to]);
  const title = (id: string | null) => {
    const c = defaultScorecard.criteria.find((x) => x.id === id);
    return c ? localText(c.title, i18n.language) : (id ?? '—');
  };
  return (
    <section className="panel quality-report" aria-labelledby="quality-report-title">
      <h2 id="quality-report-title">{t('quality.report.title')}</h2>
      <div className="button-row" role="group" aria-label={t('quality.report.period')}>
        {(['week', 'lastWeek', 'days30'] as const).map((p) => (
          <button key={p} type="button" className={p === period ? 'small' : 'small secondary'} aria-pressed={p === period} onClick={() => setPeriod(p)}>
            {t(`quality.report.periods.${p}`)}
          </button>
        ))}
        <span className="muted">
          {formatDate(from, i18n.language)} – {formatDate(to - 1, i18n.language)}
        </span>
      </div>
      {query.state !== 'loaded' ? (
        <QueryStatus query={query} />
      ) : (
        <>
          <p className="quality-team">{query.value.team.evaluations === 0 ? t('quality.report.teamEmpty') : t('quality.report.team', { average: query.value.team.average ?? t('quality.report.noAverage'), count: query.value.team.evaluations })}</p>
          {query.value.agents.length > 0 && (
            <table className="lead-table">
              <caption>{t('quality.report.agents')}</caption>
              <thead>
                <tr>
                  <th>{t('quality.report.columns.agent')}</th>
                  <th>{t('quality.report.columns.count')}</th>
                  <th>{t('quality.report.columns.average')}</th>
                </tr>
              </thead>
              <tbody>
                {query.value.agents.map((a) => (
                  <tr key={a.agentId}>
                    <td>{a.agentName ?? a.agentId}</td>
                    <td>{a.evaluations}</td>
                    <td>{a.average ?? t('quality.report.noAverage')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h3>{t('quality.report.missed')}</h3>
          {query.value.missed.length === 0 ? (
            <p className="muted">{t('quality.report.noMissed')}</p>
          ) : (
            <ol className="quality-missed">
              {query.value.missed.map((m) => (
                <li key={m.criterionId}>
                  <strong>{title(m.criterionId)}</strong> · {t('quality.report.missedLine', { missed: m.missed, partial: m.partial })}
                </li>
              ))}
            </ol>
          )}
          <h3>{t('quality.report.actions')}</h3>
          {query.value.actions.length === 0 ? (
            <p className="muted">{t('quality.actions.empty')}</p>
          ) : (
            <ul className="plain-list">
              {query.value.actions.map((a) => (
                <li key={a.id}>
                  {a.agentName ?? '—'} · <strong>{a.text}</strong> · {title(a.criterionId)} ·{' '}
                  {a.state === 'done' ? t('quality.actions.finished', { at: formatAt(a.doneAt!, i18n.language) }) : t('quality.actions.open', { due: formatAt(a.dueAt, i18n.language) })}
                  {a.state === 'open' && a.dueAt < now && <span className="quality-missing"> {t('quality.actions.overdue')}</span>}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
