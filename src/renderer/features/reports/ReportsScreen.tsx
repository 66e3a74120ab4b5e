import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { utcOffsetMinutesOf, shiftIds, type ShiftId } from '../../../shared/domain/shifts';
import { defaultCalendar } from '../../../shared/domain/businessCalendar';
import { buildReportDocument } from '../../../shared/reports/reportDocument';
import { reportLabels } from '../../../shared/reports/reportLabels';
import { exportFormats } from '../../../shared/schemas/reports';
import type { Locale } from '../../../shared/schemas/settings';
import { useApi } from '../../apiContext';
import { ReportSection, ReportSummary } from './ReportSection';
import { createReportsStore } from './reportsStore';
import { Forbidden } from '../../ui/Forbidden';
import { DateField } from '../../ui/DateTimeField';
import '../../ui/leadScreens.css';
import { LimitedInput } from '../../ui/LimitedInput';

/** Progress of the running job, with its cancel button: the screen stays usable while main works. */
function JobProgress({ job, onCancel }: { job: { kind: 'run' | 'export'; phase: 'computing' | 'writing'; done: number; total: number }; onCancel(): void }) {
  const { t } = useTranslation();
  const percent = job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;
  return (
    <div className="report-progress" role="status">
      <progress max={100} value={percent} aria-label={t(job.phase === 'writing' ? 'report.writing' : 'report.computing', { percent })} />
      <span>{t(job.phase === 'writing' ? 'report.writing' : 'report.computing', { percent })}</span>
      <button type="button" className="secondary small" onClick={onCancel}>
        {t('report.cancel')}
      </button>
    </div>
  );
}

/** The shift report for team leads and admins: filters, progress and cancel, charts and a table per section, exports. */
export function ReportsScreen() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const store = useMemo(() => createReportsStore(api), [api]);
  const state = useStore(store);
  const [includePersonalData, setIncludePersonalData] = useState(false);
  const [reason, setReason] = useState('');
  const locale = (i18n.language === 'en' ? 'en' : 'zh-CN') as Locale;

  useEffect(() => {
    void store.getState().load();
    const stopListening = api.onReportProgress((progress) => store.getState().progress(progress));
    return () => {
      stopListening();
      void store.getState().cancel(); // leaving the screen stops a report still being made
    };
  }, [api, store]);

  const doc = useMemo(() => {
    if (!state.report) return null;
    return buildReportDocument(state.report, locale, utcOffsetMinutesOf(state.report.timeZone ?? defaultCalendar.timeZone, state.report.filter.from));
  }, [state.report, locale]);

  if (state.forbidden) {
    return <Forbidden titleId="report-title" title={t('report.title')} />;
  }

  const { options, filter, job } = state;
  const labels = reportLabels[locale];
  const teams = options?.teams ?? [];
  const agents = (options?.agents ?? []).filter((a) => filter.teamId === null || a.teamId === filter.teamId);
  const reasonMissing = includePersonalData && Array.from(reason.trim()).length < 2;

  return (
    <div className="lead-screen reports-screen">
      <section className="panel" aria-labelledby="report-title">
        <h2 id="report-title">{t('report.title')}</h2>
        <form
          className="report-filters"
          aria-label={t('report.filters')}
          onSubmit={(e) => {
            e.preventDefault();
            void store.getState().run();
          }}
        >
          <DateField label={t('report.from')} value={filter.fromDay} onChange={(fromDay) => store.getState().setFilter({ fromDay })} required />
          <DateField label={t('report.to')} value={filter.toDay} onChange={(toDay) => store.getState().setFilter({ toDay })} required />
          <label>
            {t('report.shift')}
            <select value={filter.shift ?? ''} onChange={(e) => store.getState().setFilter({ shift: (e.target.value || null) as ShiftId | null })}>
              <option value="">{labels.allShifts}</option>
              {shiftIds.map((id) => (
                <option key={id} value={id}>
                  {labels.shifts[id]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('report.team')}
            <select value={filter.teamId ?? ''} disabled={options?.fixedTeamId != null} onChange={(e) => store.getState().setFilter({ teamId: e.target.value || null })}>
              {options?.fixedTeamId == null && <option value="">{labels.allTeams}</option>}
              {teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('report.agent')}
            <select value={filter.agentId ?? ''} onChange={(e) => store.getState().setFilter({ agentId: e.target.value || null })}>
              <option value="">{t('report.allAgents')}</option>
              {agents.map((agent) => (
                <option key={agent.id} value={agent.id}>
                  {agent.name} {agent.number}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={job !== null || options === null}>
            {job?.kind === 'run' ? t('report.running') : t('report.run')}
          </button>
        </form>
        {job && <JobProgress job={job} onCancel={() => void store.getState().cancel()} />}
        {state.error && !state.forbidden && (
          <p role="alert" className="error-banner">
            {t(`errors.${state.error.code}`)}
          </p>
        )}
        {state.notice?.kind === 'cancelled' && <p className="muted">{t('report.cancelled')}</p>}
        {state.notice?.kind === 'badRange' && (
          <p role="alert" className="error-banner">
            {t('report.badRange')}
          </p>
        )}

        <fieldset className="report-export">
          <legend>{t('report.export')}</legend>
          <label className="check">
            <input type="checkbox" checked={includePersonalData} onChange={(e) => setIncludePersonalData(e.target.checked)} />
            {t('report.includePersonalData')}
          </label>
          {includePersonalData && (
            <label className="field">
              {t('report.reason')}
              <LimitedInput value={reason} onValue={setReason} aria-invalid={reasonMissing} maxLength={200} />
            </label>
          )}
          <div className="row">
            {exportFormats.map((format) => (
              <button
                key={format}
                type="button"
                className="secondary"
                disabled={job !== null || reasonMissing || options === null}
                onClick={() => void store.getState().exportAs(format, locale, { include: includePersonalData, reason: reason.trim() })}
              >
                {t(`report.formats.${format}`)}
              </button>
            ))}
          </div>
          <p className="muted small-note">{t('report.maskedNote')}</p>
          {state.notice?.kind === 'saved' && (
            <p role="status" className="success-banner">
              {t('report.saved', { path: state.notice.path })}
            </p>
          )}
          {state.notice?.kind === 'exportCancelled' && <p className="muted">{t('report.exportCancelled')}</p>}
        </fieldset>
      </section>

      {doc && (
        <>
          <section className="panel report-heading" aria-label={doc.title}>
            {doc.heading.map((line) => (
              <p key={line} className="muted">
                {line}
              </p>
            ))}
          </section>
          <div className="report-sections">
            {doc.tables.map((table) =>
              table.id === 'summary' ? (
                <ReportSummary key={table.id} table={table} utcOffsetMinutes={doc.utcOffsetMinutes} locale={doc.locale} />
              ) : (
                <ReportSection key={table.id} table={table} utcOffsetMinutes={doc.utcOffsetMinutes} emptyText={doc.labels.empty} locale={doc.locale} />
              ),
            )}
          </div>
        </>
      )}
    </div>
  );
}
