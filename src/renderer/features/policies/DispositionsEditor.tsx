import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dispositions, type Disposition } from '../../../shared/domain/callFlow';
import { DISPOSITION_LABEL_MAX, type DispositionCode, type DispositionsPolicy } from '../../../shared/domain/policies/dispositionsPolicy';
import type { PolicyRecord } from '../../../shared/domain/policies/policyRecords';
import type { FieldIssue } from '../../../shared/result';
import { validationMessage } from '../../ui/validationMessage';
import { PolicyForm } from './PolicyForm';
import { bodyIssues, usePublishPolicy } from './publishing';

/** A code as the form holds it; `published` codes keep their id and base (calls already carry them) and can only be retired. */
interface CodeRow {
  key: string;
  code: string;
  means: Disposition;
  zh: string;
  en: string;
  active: boolean;
  published: boolean;
}

const rowOf = (c: DispositionCode): CodeRow => ({ key: c.code, code: c.code, means: c.means, zh: c.labels['zh-CN'], en: c.labels.en, active: c.active, published: true });
const codeOf = (r: CodeRow): DispositionCode => ({ code: r.code, means: r.means, labels: { 'zh-CN': r.zh, en: r.en }, active: r.active });

/** What publishing would change, counted for the admin's check before publishing. */
function changesOf(before: readonly DispositionCode[], rows: readonly CodeRow[]) {
  const was = new Map(before.map((c) => [c.code, c]));
  const published = rows.filter((r) => r.published);
  return {
    added: rows.length - published.length,
    retired: published.filter((r) => was.get(r.code)?.active && !r.active).length,
    restored: published.filter((r) => was.get(r.code)?.active === false && r.active).length,
    renamed: published.filter((r) => {
      const old = was.get(r.code);
      return old !== undefined && (old.labels['zh-CN'] !== r.zh.trim() || old.labels.en !== r.en.trim());
    }).length,
  };
}

/**
 * The disposition codes (issue 18): the outcomes an agent records at the end of a call, each with
 * its base outcome and its name in both languages. New codes are added as rows; a published code
 * is retired with its "in use" box, never deleted, so saved calls keep their label.
 */
export function DispositionsEditor({ inForce, now, onPublished }: { inForce: PolicyRecord<'dispositions'>; now: number; onPublished(record: PolicyRecord): void }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<CodeRow[]>(() => inForce.body.codes.map(rowOf));
  const publishing = usePublishPolicy('dispositions', onPublished);

  const body: DispositionsPolicy = useMemo(() => ({ codes: rows.map(codeOf) }), [rows]);
  const localIssues = useMemo(() => bodyIssues({ kind: 'dispositions', body, effectiveFrom: now }), [body, now]);
  const answer = publishing.current(body);
  const issues = [...localIssues, ...answer.issues];
  const issueAt = (path: string): FieldIssue | undefined => issues.find((i) => i.path === path);
  const listIssue = issueAt('codes');
  const changes = changesOf(inForce.body.codes, rows);
  const changeCount = changes.added + changes.retired + changes.restored + changes.renamed;

  const edit = (key: string, patch: Partial<CodeRow>) => setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const add = () =>
    setRows((all) => {
      let n = 1;
      while (all.some((r) => r.code === `custom${n}` || r.key === `new-${n}`)) n++;
      return [...all, { key: `new-${n}`, code: `custom${n}`, means: 'resolved', zh: '', en: '', active: true, published: false }];
    });
  const remove = (key: string) => setRows((all) => all.filter((r) => r.key !== key));

  const error = (issue: FieldIssue | undefined) =>
    issue && (
      <span className="field-error" role="alert">
        {validationMessage(t, issue)}
      </span>
    );
  const labelCell = (row: CodeRow, index: number, field: 'zh' | 'en') => {
    const issue = issueAt(`codes.${index}.labels.${field === 'zh' ? 'zh-CN' : 'en'}`);
    return (
      <td>
        <input
          type="text"
          value={row[field]}
          maxLength={DISPOSITION_LABEL_MAX + 10}
          lang={field === 'zh' ? 'zh-CN' : 'en'}
          aria-label={t(`policies.dispositions.${field}Of`, { code: row.code })}
          aria-invalid={issue ? true : undefined}
          onChange={(e) => edit(row.key, { [field]: e.target.value })}
        />
        {error(issue)}
      </td>
    );
  };

  return (
    <PolicyForm
      className="disposition-policy"
      onPublish={() => void publishing.publish(body)}
      effective={publishing.effective}
      onEffective={publishing.setEffective}
      now={now}
      issues={issues.filter((i) => i.path !== 'codes' && !i.path.startsWith('codes.'))}
      error={answer.error}
      canPublish={!publishing.busy && changeCount > 0 && localIssues.length === 0}
      publishLabel={t('policies.dispositions.publish')}
    >
      <p className="muted">{t('policies.dispositions.intro')}</p>
      <div className="policy-table-wrap">
        <table className="policy-table disposition-table">
          <caption className="visually-hidden">{t('policies.dispositions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('policies.dispositions.columns.code')}</th>
              <th scope="col">{t('policies.dispositions.columns.means')}</th>
              <th scope="col">{t('policies.dispositions.columns.zh')}</th>
              <th scope="col">{t('policies.dispositions.columns.en')}</th>
              <th scope="col">{t('policies.dispositions.columns.active')}</th>
              <th scope="col" aria-hidden="true" />
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const codeIssue = issueAt(`codes.${index}.code`);
              const meansIssue = issueAt(`codes.${index}.means`);
              return (
                <tr key={row.key} className={row.active ? undefined : 'disposition-retired'}>
                  <td>
                    <input
                      type="text"
                      className="disposition-code"
                      value={row.code}
                      readOnly={row.published}
                      title={row.published ? t('policies.dispositions.publishedCode') : undefined}
                      aria-label={t('policies.dispositions.codeOf', { row: index + 1 })}
                      aria-invalid={codeIssue ? true : undefined}
                      onChange={(e) => edit(row.key, { code: e.target.value.trim() })}
                    />
                    {error(codeIssue)}
                  </td>
                  <td>
                    {row.published ? (
                      <span className="disposition-means" title={t('policies.dispositions.publishedCode')}>
                        {t(`terms.dispositions.${row.means}`)}
                      </span>
                    ) : (
                      <select value={row.means} aria-label={t('policies.dispositions.meansOf', { code: row.code })} onChange={(e) => edit(row.key, { means: e.target.value as Disposition })}>
                        {dispositions.map((d) => (
                          <option key={d} value={d}>
                            {t(`terms.dispositions.${d}`)}
                          </option>
                        ))}
                      </select>
                    )}
                    {error(meansIssue)}
                  </td>
                  {labelCell(row, index, 'zh')}
                  {labelCell(row, index, 'en')}
                  <td className="disposition-active">
                    <input type="checkbox" checked={row.active} aria-label={t('policies.dispositions.activeOf', { code: row.code })} onChange={(e) => edit(row.key, { active: e.target.checked })} />
                  </td>
                  <td>
                    {!row.published && (
                      <button type="button" className="small" aria-label={t('policies.dispositions.removeOf', { code: row.code })} onClick={() => remove(row.key)}>
                        {t('policies.dispositions.remove')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {listIssue && (
        <p className="field-error" role="alert">
          {validationMessage(t, listIssue)}
        </p>
      )}
      <div className="row">
        <button type="button" onClick={add}>
          {t('policies.dispositions.add')}
        </button>
      </div>
      <p className="hint">{t('policies.dispositions.codeHint')}</p>
      <section className="policy-preview" aria-live="polite" aria-label={t('policies.dispositions.changes', { count: changeCount })}>
        <p className={changeCount === 0 ? 'muted' : undefined}>{changeCount === 0 ? t('policies.dispositions.noChanges') : t('policies.dispositions.summary', changes)}</p>
      </section>
    </PolicyForm>
  );
}
