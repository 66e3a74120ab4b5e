import { useTable } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { caseColumns, caseTableFeatures } from './caseColumns';
import type { CasesStore } from './casesStore';

export function CaseList({ store, onOpen }: { store: CasesStore; onOpen?(caseId: string): void }) {
  const { t } = useTranslation();
  const rows = useStore(store, (s) => s.rows);
  const total = useStore(store, (s) => s.total);
  const next = useStore(store, (s) => s.next);
  const loading = useStore(store, (s) => s.loading);
  const error = useStore(store, (s) => s.error);
  const table = useTable({ features: caseTableFeatures, columns: caseColumns, data: rows, getRowId: (row) => row.id });

  return (
    <section className="panel case-list" aria-labelledby="case-list-title">
      <header className="panel-header">
        <h2 id="case-list-title">{t('caseList.title')}</h2>
        <span className="muted" data-testid="case-total">{t('caseList.total', { count: total })}</span>
      </header>
      {error && <p role="alert" className="error-banner">{t(`errors.${error.code}`)}</p>}
      {rows.length === 0 && !loading ? (
        <p className="empty-state">{t('caseList.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table aria-labelledby="case-list-title">
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => (
                    <th key={header.id} scope="col">
                      {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                    </th>
                  ))}
                </tr>
              ))}
            </thead>
            <tbody>
              {table.getRowModel().rows.map((row) => (
                <tr
                  key={row.id}
                  data-case-number={row.original.number}
                  className={onOpen ? 'clickable' : undefined}
                  tabIndex={onOpen ? 0 : undefined}
                  onClick={() => onOpen?.(row.original.id)}
                  onKeyDown={(e) => e.key === 'Enter' && onOpen?.(row.original.id)}
                >
                  {row.getAllCells().map((cell) => (
                    <td key={cell.id}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {next && (
        <button type="button" className="secondary" onClick={() => void store.getState().loadMore()} disabled={loading}>
          {loading ? t('caseList.loading') : t('caseList.loadMore')}
        </button>
      )}
    </section>
  );
}
