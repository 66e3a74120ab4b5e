import { useCallback, useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { proactiveKinds, type ImportError, type ProactiveKind } from '../../../shared/domain/proactiveLists';
import type { AppErrorValue } from '../../../shared/result';
import { caseStatuses } from '../../../shared/schemas/case';
import { scenarios } from '../../../shared/schemas/domainTerms';
import type { ProactiveList } from '../../../shared/schemas/proactive';
import { useApi } from '../../apiContext';
import { validationMessage } from '../../ui/validationMessage';
import '../../ui/incidents/incidents.css';

/** Largest contact file read: a megabyte (the request refuses more). */
const MAX_FILE_BYTES = 1_000_000;

/** The lead's proactive lists (issue 18): build one from a case filter or a CSV file, with a script; see each list's progress; end one. */
export function ProactiveListsPanel() {
  const { t } = useTranslation();
  const api = useApi();
  const [lists, setLists] = useState<ProactiveList[]>([]);
  const [building, setBuilding] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const load = useCallback(async () => {
    const reply = await api.listProactiveLists({ state: 'open' });
    if (reply.ok) setLists(reply.value);
  }, [api]);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <section className="panel span-2 proactive-lists" aria-labelledby="team-proactive">
      <header className="panel-header">
        <h3 id="team-proactive">{t('proactive.title')}</h3>
        {!building && (
          <button type="button" className="small" onClick={() => setBuilding(true)}>
            {t('proactive.build')}
          </button>
        )}
      </header>
      <p className="muted small-note">{t('proactive.note')}</p>
      {done && (
        <p role="status" className="success-banner">
          {done}
        </p>
      )}
      {building && (
        <ListBuilder
          onCancel={() => setBuilding(false)}
          onBuilt={(list) => {
            setBuilding(false);
            setDone(t('proactive.created', { name: list.name, count: list.counts.total }));
            void load();
          }}
        />
      )}
      <h4>{t('proactive.lists')}</h4>
      {lists.length === 0 ? (
        <p className="muted">{t('proactive.listsEmpty')}</p>
      ) : (
        <ul className="lead-list">
          {lists.map((list) => (
            <li key={list.id}>
              <div className="title">
                {list.name} <span className="badge">{t(`proactive.kinds.${list.kind}`)}</span>
              </div>
              <div className="muted">{t('proactive.counts', { ...list.counts })}</div>
              <button type="button" className="secondary small" onClick={() => void api.closeProactiveList({ listId: list.id }).then(() => load())}>
                {t('proactive.close')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

type Source = 'filter' | 'file';

function ListBuilder({ onCancel, onBuilt }: { onCancel(): void; onBuilt(list: ProactiveList): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ProactiveKind>('careCall');
  const [script, setScript] = useState('');
  const [source, setSource] = useState<Source>('filter');
  const [scenario, setScenario] = useState<string>('');
  const [status, setStatus] = useState<string>('');
  const [maxSatisfaction, setMaxSatisfaction] = useState<string>('');
  const [withVisit, setWithVisit] = useState(false);
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [preview, setPreview] = useState<number | null>(null);
  const [lineErrors, setLineErrors] = useState<ImportError[]>([]);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [busy, setBusy] = useState(false);

  const filter = {
    scenario: (scenario || null) as (typeof scenarios)[number] | null,
    status: (status || null) as (typeof caseStatuses)[number] | null,
    maxSatisfaction: maxSatisfaction ? Number(maxSatisfaction) : null,
    withVisit,
  };
  const readFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = e.target.files?.[0];
    setLineErrors([]);
    if (!chosen) return setFile(null);
    if (chosen.size > MAX_FILE_BYTES) return setLineErrors([{ line: 0, key: 'tooManyRows' }]);
    setFile({ name: chosen.name, text: await chosen.text() });
  };
  const countCustomers = async () => {
    const reply = await api.previewProactiveFilter({ filter });
    if (reply.ok) setPreview(reply.value.count);
    else setError(reply.error);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const reply = await api.buildProactiveList({ kind, name, script, source: source === 'file' ? { from: 'file', text: file?.text ?? '' } : { from: 'filter', filter } });
    setBusy(false);
    if (!reply.ok) return setError(reply.error);
    setError(null);
    if (!reply.value.ok) return setLineErrors(reply.value.errors);
    onBuilt(reply.value.list);
  };
  const nameIssue = error?.issues?.find((i) => i.path === 'name');
  return (
    <form className="proactive-builder" onSubmit={(e) => void submit(e)}>
      <div className="row">
        <label>
          {t('proactive.name')} <input value={name} maxLength={100} autoFocus onChange={(e) => setName(e.target.value)} aria-invalid={nameIssue ? true : undefined} />
        </label>
        <label>
          {t('proactive.kind')}{' '}
          <select value={kind} onChange={(e) => setKind(e.target.value as ProactiveKind)}>
            {proactiveKinds.map((k) => (
              <option key={k} value={k}>
                {t(`proactive.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {nameIssue && (
        <p role="alert" className="error-banner">
          {validationMessage(t, nameIssue)}
        </p>
      )}
      <label className="block">
        {t('proactive.script')}
        <textarea rows={3} maxLength={4000} value={script} placeholder={t('proactive.scriptPlaceholder')} onChange={(e) => setScript(e.target.value)} />
      </label>
      <fieldset className="row">
        <legend>{t('proactive.source')}</legend>
        <label>
          <input type="radio" name="proactive-source" checked={source === 'filter'} onChange={() => setSource('filter')} /> {t('proactive.fromFilter')}
        </label>
        <label>
          <input type="radio" name="proactive-source" checked={source === 'file'} onChange={() => setSource('file')} /> {t('proactive.fromFile')}
        </label>
      </fieldset>
      {source === 'filter' ? (
        <div className="row">
          <label>
            {t('proactive.scenario')}{' '}
            <select value={scenario} onChange={(e) => setScenario(e.target.value)}>
              <option value="">{t('proactive.any')}</option>
              {scenarios.map((s) => (
                <option key={s} value={s}>
                  {t(`terms.scenarios.${s}`, { defaultValue: s })}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('proactive.status')}{' '}
            <select value={status} onChange={(e) => setStatus(e.target.value)}>
              <option value="">{t('proactive.any')}</option>
              {caseStatuses.map((s) => (
                <option key={s} value={s}>
                  {t(`statuses.${s}`, { defaultValue: s })}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('proactive.maxSatisfaction')}{' '}
            <select value={maxSatisfaction} onChange={(e) => setMaxSatisfaction(e.target.value)}>
              <option value="">{t('proactive.any')}</option>
              {[1, 2, 3, 4, 5].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
          <label>
            <input type="checkbox" checked={withVisit} onChange={(e) => setWithVisit(e.target.checked)} /> {t('proactive.withVisit')}
          </label>
          <button type="button" className="secondary small" onClick={() => void countCustomers()}>
            {t('proactive.preview')}
          </button>
          {preview !== null && <span role="status">{t('proactive.previewResult', { count: preview })}</span>}
        </div>
      ) : (
        <div>
          <p className="muted small-note">{t('proactive.fileHelp')}</p>
          {/* The native file button speaks the browser's language, not the app's: a translated button in its place. */}
          <label className="file-pick">
            <span className="file-pick-button">{t('proactive.chooseFile')}</span>
            <input type="file" className="visually-hidden" accept=".csv,text/csv,text/plain" onChange={(e) => void readFile(e)} />
          </label>
          {file && <span className="muted"> {t('proactive.fileChosen', { name: file.name })}</span>}
        </div>
      )}
      {lineErrors.length > 0 && (
        <div role="alert" className="error-banner">
          <p>{t('proactive.importErrors')}</p>
          <ul>
            {lineErrors.slice(0, 20).map((e) => (
              <li key={`${e.line}-${e.key}`}>
                {e.line > 0 ? t('proactive.lineError', { line: e.line, message: t(`proactive.errors.${e.key}`) }) : t('proactive.fileError', { message: t(`proactive.errors.${e.key}`) })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {error && !nameIssue && (
        <p role="alert" className="error-banner">
          {t(`errors.${error.code}`)}
        </p>
      )}
      <div className="row">
        <button type="submit" disabled={busy || (source === 'file' && !file)}>
          {t('proactive.create')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('incidents.cancel')}
        </button>
      </div>
    </form>
  );
}
