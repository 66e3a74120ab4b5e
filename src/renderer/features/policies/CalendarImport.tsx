import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseCalendarFile, type CalendarDay, type CalendarImportIssue } from '../../../shared/domain/policies/calendarImport';

export interface ImportedFile {
  name: string;
  days: CalendarDay[];
}

/**
 * Choosing a holiday file (CSV or JSON, calendarImport.ts): it is read here, on this desktop, and
 * either its days are handed up for the preview or every problem is listed by line, translated.
 */
export function CalendarImport({ workingWeekdays, imported, onImported }: { workingWeekdays: readonly number[]; imported: ImportedFile | null; onImported(file: ImportedFile | null): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [issues, setIssues] = useState<CalendarImportIssue[]>([]);
  const [reading, setReading] = useState(false);
  const [inputKey, setInputKey] = useState(0);

  async function read(file: File | undefined) {
    if (!file) return;
    setReading(true);
    const parsed = parseCalendarFile(await file.text(), workingWeekdays);
    setReading(false);
    if (parsed.ok) {
      setIssues([]);
      onImported({ name: file.name, days: parsed.days });
    } else {
      setIssues(parsed.issues);
      onImported(null);
    }
  }

  return (
    <fieldset className="policy-import">
      <legend>{t('policies.import.title')}</legend>
      <p className="muted small-note">{t('policies.import.help')}</p>
      {/* The browser's own file box speaks the browser's language: a button in ours opens it (Enter or Space on the focused input works too). */}
      <div className="policy-file">
        <input key={inputKey} id={id} className="visually-hidden" type="file" accept=".csv,.json,text/csv,application/json" onChange={(e) => void read(e.target.files?.[0])} />
        <label htmlFor={id} className="policy-file-button">
          {t('policies.import.file')}
        </label>
      </div>
      {reading && (
        <p role="status" className="muted">
          {t('policies.import.reading')}
        </p>
      )}
      {issues.length > 0 && (
        <div role="alert" className="error-banner policy-import-issues">
          <p>{t('policies.import.failed')}</p>
          <ul>
            {issues.map((issue, i) => (
              <li key={i}>
                {t('policies.import.line', { line: issue.line })}
                {t(`policies.import.errors.${issue.key}`, { value: issue.value ?? '' })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {imported && (
        <p className="row">
          <span>{t('policies.import.fileName', { name: imported.name })}</span>
          <button
            type="button"
            className="secondary small"
            onClick={() => {
              onImported(null);
              setInputKey((k) => k + 1);
            }}
          >
            {t('policies.import.clear')}
          </button>
        </p>
      )}
    </fieldset>
  );
}
