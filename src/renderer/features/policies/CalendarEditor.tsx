import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BusinessCalendar } from '../../../shared/domain/businessCalendar';
import { calendarImportChanges, calendarYears, withImportedDays } from '../../../shared/domain/policies/calendarImport';
import type { PolicyRecord } from '../../../shared/domain/policies/policyRecords';
import type { FieldIssue } from '../../../shared/result';
import { formatDay } from '../../ui/dateTimeText';
import { validationMessage } from '../../ui/validationMessage';
import { CalendarImport, type ImportedFile } from './CalendarImport';
import { bodyIssues, usePublishPolicy } from './publishing';
import { PolicyForm } from './PolicyForm';

const weekdayOrder = [1, 2, 3, 4, 5, 6, 0];
/** The IANA zones this browser knows, offered as the admin types (the schema checks the one chosen). */
const knownZones = (() => {
  let zones: string[] | null = null;
  return () => (zones ??= Intl.supportedValuesOf('timeZone'));
})();
const weekdayOf = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

/**
 * The business calendar in force: opening hours, working weekdays, and the holidays and make-up
 * working days of each year. A holiday file replaces the years it covers; what changes is listed
 * before the admin publishes the result as a new version.
 */
export function CalendarEditor({ inForce, now, onPublished }: { inForce: PolicyRecord<'businessCalendar'>; now: number; onPublished(record: PolicyRecord): void }) {
  const { t, i18n } = useTranslation();
  const base = inForce.body;
  const startId = useId();
  const endId = useId();
  const zoneId = useId();
  const zoneListId = useId();
  const [timeZone, setTimeZone] = useState(base.timeZone);
  const [workStart, setWorkStart] = useState(base.workStart);
  const [workEnd, setWorkEnd] = useState(base.workEnd);
  const [weekdays, setWeekdays] = useState<number[]>(base.workingWeekdays);
  const [imported, setImported] = useState<ImportedFile | null>(null);
  const publishing = usePublishPolicy('businessCalendar', onPublished);
  const locale = i18n.language.startsWith('en') ? 'en' : 'zh-CN';

  const draft: BusinessCalendar = useMemo(() => {
    const edited = { ...base, timeZone: timeZone.trim(), workStart: workStart.trim(), workEnd: workEnd.trim(), workingWeekdays: [...weekdays].sort((a, b) => a - b) };
    return imported ? withImportedDays(edited, imported.days) : edited;
  }, [base, timeZone, workStart, workEnd, weekdays, imported]);
  const localIssues = useMemo(() => bodyIssues({ kind: 'businessCalendar', body: draft, effectiveFrom: now }), [draft, now]);
  const answer = publishing.current(draft);
  const issues: FieldIssue[] = [...localIssues, ...answer.issues.filter((i) => !localIssues.some((l) => l.path === i.path))];
  const issueAt = (path: string) => issues.find((i) => i.path === path);
  const hoursIssue = issueAt('workStart') ?? issueAt('workEnd');
  const weekdaysIssue = issueAt('workingWeekdays');
  const zoneIssue = issueAt('timeZone');

  const names = (days: readonly number[]) => days.map((d) => t(`policies.calendar.weekdayNames.${d}`)).join(t('policies.sla.listSeparator'));
  const sortedWeekdays = (days: readonly number[]) => weekdayOrder.filter((d) => days.includes(d));
  const hoursChanged = draft.workStart !== base.workStart || draft.workEnd !== base.workEnd;
  const weekdaysChanged = names(sortedWeekdays(draft.workingWeekdays)) !== names(sortedWeekdays(base.workingWeekdays));
  const importChanges = imported ? calendarImportChanges(base, imported.days) : null;
  const zoneChanged = draft.timeZone !== base.timeZone;
  const changed = zoneChanged || hoursChanged || weekdaysChanged || importChanges !== null;
  const years = calendarYears(draft);
  const dayLabel = (iso: string) => t('policies.calendar.day', { date: formatDay(iso, locale), weekday: t(`policies.calendar.weekdayNames.${weekdayOf(iso)}`) });

  return (
    <PolicyForm
      onPublish={() => void publishing.publish(draft)}
      effective={publishing.effective}
      onEffective={publishing.setEffective}
      now={now}
      issues={issues}
      error={answer.error}
      canPublish={!publishing.busy && changed}
      publishLabel={t('policies.calendar.publish')}
    >
      <h4>{t('policies.calendar.title')}</h4>
      <div className="field policy-zone">
        <label htmlFor={zoneId}>{t('policies.calendar.timeZoneLabel')}</label>
        <input id={zoneId} type="text" list={zoneListId} value={timeZone} spellCheck={false} aria-invalid={zoneIssue ? true : undefined} aria-describedby={`${zoneId}-hint`} onChange={(e) => setTimeZone(e.target.value)} />
        <datalist id={zoneListId}>
          {knownZones().map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
        <span id={`${zoneId}-hint`} className="muted hint">
          {t('policies.calendar.timeZoneHint')}
        </span>
        {zoneIssue && <span className="field-error">{validationMessage(t, zoneIssue)}</span>}
      </div>
      <div className="row policy-hours">
        <div className="field">
          <label htmlFor={startId}>{t('policies.calendar.workStart')}</label>
          <input id={startId} type="text" inputMode="numeric" className="policy-number" value={workStart} placeholder="09:00" aria-invalid={hoursIssue ? true : undefined} onChange={(e) => setWorkStart(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={endId}>{t('policies.calendar.workEnd')}</label>
          <input id={endId} type="text" inputMode="numeric" className="policy-number" value={workEnd} placeholder="18:00" aria-invalid={hoursIssue ? true : undefined} onChange={(e) => setWorkEnd(e.target.value)} />
        </div>
        <span className="muted hint">{t('policies.calendar.hoursHint')}</span>
      </div>
      {hoursIssue && <p className="field-error">{t('policies.calendar.hoursInvalid')}</p>}
      <fieldset className="row policy-weekdays">
        <legend>{t('policies.calendar.weekdays')}</legend>
        {weekdayOrder.map((d) => (
          <label key={d} className="check">
            <input type="checkbox" checked={weekdays.includes(d)} onChange={(e) => setWeekdays((all) => (e.target.checked ? [...all, d] : all.filter((x) => x !== d)))} />
            {t(`policies.calendar.weekdayNames.${d}`)}
          </label>
        ))}
      </fieldset>
      {weekdaysIssue && <p className="field-error">{t('policies.calendar.weekdaysRequired')}</p>}

      <CalendarImport workingWeekdays={draft.workingWeekdays} imported={imported} onImported={setImported} />

      <section className="policy-preview" aria-label={t('policies.calendar.changes')} aria-live="polite">
        <h5>{t('policies.calendar.changes')}</h5>
        {!changed ? (
          <p className="muted">{t('policies.calendar.noChanges')}</p>
        ) : (
          <ul>
            {zoneChanged && <li>{t('policies.calendar.timeZoneChange', { before: base.timeZone, after: draft.timeZone })}</li>}
            {hoursChanged && <li>{t('policies.calendar.hoursChange', { before: `${base.workStart}–${base.workEnd}`, after: `${draft.workStart}–${draft.workEnd}` })}</li>}
            {weekdaysChanged && <li>{t('policies.calendar.weekdaysChange', { before: names(sortedWeekdays(base.workingWeekdays)), after: names(sortedWeekdays(draft.workingWeekdays)) })}</li>}
            {importChanges && (
              <>
                <li>{t('policies.import.years', { years: importChanges.years.join(t('policies.sla.listSeparator')) })}</li>
                {importChanges.replacedYears.length > 0 && <li>{t('policies.import.replaced', { years: importChanges.replacedYears.join(t('policies.sla.listSeparator')) })}</li>}
                <li>
                  {t('policies.import.holidaysAdded', { count: importChanges.holidaysAdded.length })} · {t('policies.import.holidaysRemoved', { count: importChanges.holidaysRemoved.length })} ·{' '}
                  {t('policies.import.workdaysAdded', { count: importChanges.workdaysAdded.length })} · {t('policies.import.workdaysRemoved', { count: importChanges.workdaysRemoved.length })}
                </li>
              </>
            )}
          </ul>
        )}
      </section>

      <section className="policy-years" aria-label={t('policies.calendar.years')}>
        <h5>{t('policies.calendar.years')}</h5>
        {years.length === 0 ? (
          <p className="muted">{t('policies.calendar.noYears')}</p>
        ) : (
          years.map((year) => {
            const inYear = (list: readonly string[]) => list.filter((d) => d.startsWith(`${year}-`));
            const holidays = inYear(draft.holidays);
            const workdays = inYear(draft.extraWorkdays);
            return (
              <details key={year} className="policy-year" open={importChanges?.years.includes(year) ?? false}>
                <summary>
                  {t('policies.calendar.year', { year })} · {t('policies.calendar.holidays', { count: holidays.length })} · {t('policies.calendar.workdays', { count: workdays.length })}
                </summary>
                <div className="policy-days">
                  <div>
                    <h6>{t('policies.calendar.holidays', { count: holidays.length })}</h6>
                    <ul className="policy-day-list">{holidays.length === 0 ? <li className="muted">{t('policies.calendar.none')}</li> : holidays.map((d) => <li key={d}>{dayLabel(d)}</li>)}</ul>
                  </div>
                  <div>
                    <h6>{t('policies.calendar.workdays', { count: workdays.length })}</h6>
                    <ul className="policy-day-list">{workdays.length === 0 ? <li className="muted">{t('policies.calendar.none')}</li> : workdays.map((d) => <li key={d}>{dayLabel(d)}</li>)}</ul>
                  </div>
                </div>
              </details>
            );
          })
        )}
      </section>
    </PolicyForm>
  );
}
