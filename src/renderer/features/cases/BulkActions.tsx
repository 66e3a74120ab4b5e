import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { caseStatuses, type CaseStatus } from '../../../shared/schemas/case';
import type { CasesStore } from './casesStore';
import { LimitedInput } from '../../ui/LimitedInput';

/** Assign, change status or tag every selected case; each case succeeds or fails on its own. */
export function BulkActions({ store }: { store: CasesStore }) {
  const { t } = useTranslation();
  const count = useStore(store, (s) => Object.keys(s.selection).length);
  const agents = useStore(store, (s) => s.agents);
  const running = useStore(store, (s) => s.bulkRunning);
  const [assignee, setAssignee] = useState('');
  const [status, setStatus] = useState<CaseStatus | ''>('');
  const [tag, setTag] = useState('');
  if (count === 0) return null;
  const run = store.getState().bulkUpdate;
  return (
    <form className="bulk-bar" aria-label={t('cases.bulk.label')} onSubmit={(e) => e.preventDefault()}>
      <strong>{t('cases.bulk.selected', { count })}</strong>
      <button type="button" className="secondary small" onClick={() => store.getState().setSelection({})}>
        {t('cases.bulk.clearSelection')}
      </button>
      <label className="inline-field">
        {t('cases.bulk.assignTo')}
        <select value={assignee} onChange={(e) => setAssignee(e.target.value)}>
          <option value="">{t('cases.bulk.chooseAgent')}</option>
          <option value="nobody">{t('cases.unassigned')}</option>
          {agents.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name} · {a.number}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="small" disabled={running || !assignee} onClick={() => void run({ kind: 'assign', assigneeId: assignee === 'nobody' ? null : assignee })}>
        {t('cases.bulk.assign')}
      </button>
      <label className="inline-field">
        {t('cases.bulk.moveTo')}
        <select value={status} onChange={(e) => setStatus(e.target.value as CaseStatus | '')}>
          <option value="">{t('cases.bulk.chooseStatus')}</option>
          {caseStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="small" disabled={running || !status} onClick={() => status && void run({ kind: 'status', to: status })}>
        {t('cases.bulk.move')}
      </button>
      <label className="inline-field">
        {t('cases.bulk.tag')}
        <LimitedInput value={tag} maxLength={20} placeholder={t('cases.bulk.tagPlaceholder')} onValue={setTag} />
      </label>
      <button
        type="button"
        className="small"
        disabled={running || !tag.trim()}
        onClick={() => {
          void run({ kind: 'tag', tag: tag.trim() });
          setTag('');
        }}
      >
        {t('cases.bulk.addTag')}
      </button>
      {running && (
        <span role="status" className="muted">
          {t('cases.bulk.running', { count })}
        </span>
      )}
    </form>
  );
}

/** What the last bulk action did: how many went through, and each case left unchanged with why. */
export function BulkOutcomeReport({ store }: { store: CasesStore }) {
  const { t } = useTranslation();
  const outcome = useStore(store, (s) => s.bulkOutcome);
  const error = useStore(store, (s) => s.bulkError);
  if (!outcome && !error) return null;
  return (
    <div className={`bulk-outcome${outcome?.failures.length || error ? ' has-failures' : ''}`} role="status">
      {error && <p className="error-text">{t(`errors.${error.code}`)}</p>}
      {outcome && (
        <p>{outcome.failures.length ? t('cases.bulk.summary', { ok: outcome.succeeded, failed: outcome.failures.length }) : t('cases.bulk.allDone', { ok: outcome.succeeded })}</p>
      )}
      {outcome && outcome.failures.length > 0 && (
        <>
          <h3 className="sr-only">{t('cases.bulk.failuresTitle')}</h3>
          <ul aria-label={t('cases.bulk.failuresTitle')}>
            {outcome.failures.map((f) => (
              <li key={f.caseId}>{t('cases.bulk.failure', { number: f.number, reason: t(`errors.${f.code}`) })}</li>
            ))}
          </ul>
        </>
      )}
      <button type="button" className="link" onClick={() => store.getState().dismissBulkOutcome()}>
        {t('cases.bulk.dismiss')}
      </button>
    </div>
  );
}
