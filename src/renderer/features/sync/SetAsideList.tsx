import { useTranslation } from 'react-i18next';
import { setAsideReasons, type PullSetAsideRow, type SetAsideReason } from '../../../shared/schemas/sync';

const isReason = (code: string): code is SetAsideReason => (setAsideReasons as readonly string[]).includes(code);

/** Pulled rows this desktop could not apply: which record, why (in words), and SQLite's own words for support. Retried on every sync. */
export function SetAsideList({ rows }: { rows: PullSetAsideRow[] }) {
  const { t } = useTranslation();
  return (
    <section className="rejected set-aside" aria-labelledby="set-aside-title">
      <h3 id="set-aside-title">{t('sync.setAside.title', { count: rows.length })}</h3>
      <p className="muted">{t('sync.setAside.help')}</p>
      <ul className="rejected-list">
        {rows.map((row) => (
          <li key={`${row.table}/${row.key}`}>
            <span className="rejected-what">{t('sync.setAside.record', { table: tableName(t, row.table), key: row.key })}</span>
            <span className="rejected-reason">{t(`sync.setAside.reasons.${isReason(row.reason) ? row.reason : 'constraint'}`)}</span>
            {row.detail && <span className="rejected-detail muted">{row.detail}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function tableName(t: ReturnType<typeof useTranslation>['t'], table: string): string {
  return t(`sync.setAside.tables.${table}`, { defaultValue: table });
}
