import type { SetAsideReason } from '../../shared/schemas/sync';
import type { PulledRow, PullResponse, RowEffect } from '../../shared/sync/protocol';
import { syncTableOf } from '../../shared/sync/syncTables';
import type { WritableDB } from '../store/db';
import { caseIdsOfCustomer } from '../store/cases/caseSyncReads';
import { indexArticle, indexCase, indexCustomer } from '../store/search/searchIndex';
import { queueForIndexing } from '../store/search/searchQueue';
import { pendingEffects } from '../store/sync/outbox';
import { dropSetAside, setAsideEntries, setAsidePulledRow } from '../store/sync/pullSetAside';
import { insertPulledRow, tableColumns, updatePulledFields, withoutForeignKeys } from '../store/sync/pulledRows';
import { savePullCursor, savePullMark, withoutCapture } from '../store/sync/syncState';

/** A page changing more documents than this queues them for indexing after the sync (see searchQueue.ts). */
const INDEX_INLINE_MAX = 200;

/**
 * Applies one pulled page and its cursor in one transaction, so data and cursor always move
 * together. A field with an unacknowledged local change keeps the local value (the server sends
 * the merged row again once that change is applied); every other field takes the server's value.
 * Foreign keys are off for the page: a child can arrive a page before its parent.
 *
 * Each row applies in its own savepoint: a row this desktop cannot apply (a UNIQUE, CHECK or
 * NOT NULL constraint fails) is rolled back alone and set aside with its reason, and the rest of
 * the page and the cursor still commit. A newer version of a row set aside replaces it; rows set
 * aside are retried on the last page of every pull and leave the list once they apply.
 */
export function applyPulledPage(db: WritableDB, page: PullResponse, now: number): number {
  return withoutForeignKeys(db, () =>
    db.transaction(() =>
      withoutCapture(db, () => {
        const apply = rowApplier(db);
        let applied = 0;
        const reindex = { cases: new Set<string>(), customers: new Set<string>(), kb_articles: new Set<string>() };
        const note = (change: PulledRow) => {
          applied++;
          if (change.t in reindex) reindex[change.t as keyof typeof reindex].add(change.k);
          if (change.t === 'customer_phones' && typeof change.f['customer_id'] === 'string') reindex.customers.add(change.f['customer_id']);
        };
        const justSetAside = new Set<string>();
        for (const change of page.changes) {
          const outcome = apply(change);
          if (outcome === 'applied') note(change);
          if (outcome === 'failed') justSetAside.add(`${change.t}\u0000${change.k}`);
          else dropSetAside(db, change.t, change.k);
        }
        if (!page.hasMore) {
          for (const entry of setAsideEntries(db)) {
            if (justSetAside.has(`${entry.tbl}\u0000${entry.pk}`)) continue;
            const change = { t: entry.tbl, k: entry.pk, f: entry.fields };
            const outcome = apply(change);
            if (outcome === 'failed') continue;
            dropSetAside(db, entry.tbl, entry.pk);
            if (outcome === 'applied') note(change);
          }
        }
        for (const id of reindex.customers) {
          // A case indexed before its customer arrived lacks the customer's name and phone.
          for (const caseId of caseIdsOfCustomer(db, id)) reindex.cases.add(caseId);
        }
        const documents = reindex.cases.size + reindex.customers.size + reindex.kb_articles.size;
        if (documents > INDEX_INLINE_MAX) {
          queueForIndexing(db, 'customer', reindex.customers);
          queueForIndexing(db, 'case', reindex.cases);
          queueForIndexing(db, 'article', reindex.kb_articles);
        } else {
          for (const id of reindex.customers) indexCustomer(db, id);
          for (const id of reindex.cases) indexCase(db, id);
          for (const id of reindex.kb_articles) indexArticle(db, id);
        }
        savePullCursor(db, page.nextCursor, now);
        savePullMark(db, page.cursorMark ?? null); // the cursor's place in the server's history (serverRestore.ts)
        return applied;
      }),
    )(),
  );

  /** Applies one row in a savepoint: 'applied', 'skipped' (nothing to write), or 'failed' (rolled back and set aside). */
  function rowApplier(db: WritableDB): (change: PulledRow) => 'applied' | 'skipped' | 'failed' {
    const pending = pendingFields(db);
    const columnsOf = tableColumns(db);
    const inSavepoint = db.transaction((change: PulledRow, table: { pk: readonly string[] }): 'applied' | 'skipped' => {
      const known = columnsOf(change.t);
      const fields = Object.keys(change.f).filter((c) => known.has(c));
      // A row with this key already there is updated instead; any other constraint failure rolls back this row alone.
      if (insertPulledRow(db, change.t, table.pk, fields, change.f)) return 'applied';
      const mine = pending.get(`${change.t}\u0000${change.k}`);
      if (mine === 'row') return 'skipped';
      const settable = fields.filter((c) => !table.pk.includes(c) && !mine?.has(c));
      if (settable.length === 0) return 'skipped';
      updatePulledFields(db, change.t, table.pk, settable, change.f);
      return 'applied';
    });
    return (change) => {
      const table = syncTableOf(change.t);
      if (!table) return 'skipped';
      try {
        return inSavepoint(change, table);
      } catch (error) {
        const reason = setAsideReasonOf(error);
        if (!reason) throw error;
        setAsidePulledRow(db, change.t, change.k, change.f, reason, (error as Error).message, now);
        return 'failed';
      }
    };
  }
}

/** The constraint a row broke, or null for any other error (a full disk, a busy file), which still fails the page. */
function setAsideReasonOf(error: unknown): SetAsideReason | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return 'unique';
  if (code === 'SQLITE_CONSTRAINT_CHECK') return 'check';
  if (code === 'SQLITE_CONSTRAINT_NOTNULL') return 'notNull';
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return 'foreignKey';
  if (code.startsWith('SQLITE_CONSTRAINT') || code === 'SQLITE_MISMATCH') return 'constraint';
  return null;
}

/** Fields (or whole rows, for local inserts) that pending outbox mutations wrote, by table and key. */
function pendingFields(db: WritableDB): Map<string, Set<string> | 'row'> {
  const pending = new Map<string, Set<string> | 'row'>();
  for (const { effects } of pendingEffects(db)) {
    for (const effect of JSON.parse(effects) as RowEffect[]) {
      const key = `${effect.t}\u0000${effect.k}`;
      if (effect.op === 'i') {
        pending.set(key, 'row');
        continue;
      }
      const seen = pending.get(key);
      if (seen === 'row') continue;
      const fields = seen ?? new Set<string>();
      for (const field of Object.keys(effect.f)) fields.add(field);
      pending.set(key, fields);
    }
  }
  return pending;
}
