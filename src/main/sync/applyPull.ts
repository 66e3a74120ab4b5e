import type { PullResponse, RowEffect } from '../../shared/sync/protocol';
import { syncTableOf } from '../../shared/sync/syncTables';
import type { WritableDB } from '../store/db';
import { caseIdsOfCustomer } from '../store/cases/caseSyncReads';
import { indexArticle, indexCase, indexCustomer } from '../store/search/searchIndex';
import { queueForIndexing } from '../store/search/searchQueue';
import { pendingEffects } from '../store/sync/outbox';
import { insertPulledRow, tableColumns, updatePulledFields, withoutForeignKeys } from '../store/sync/pulledRows';
import { savePullCursor, savePullMark, withoutCapture } from '../store/sync/syncState';

/** A page changing more documents than this queues them for indexing after the sync (see searchQueue.ts). */
const INDEX_INLINE_MAX = 200;

/**
 * Applies one pulled page and its cursor in one transaction, so data and cursor always move
 * together. A field with an unacknowledged local change keeps the local value (the server sends
 * the merged row again once that change is applied); every other field takes the server's value.
 * Foreign keys are off for the page: a child can arrive a page before its parent.
 */
export function applyPulledPage(db: WritableDB, page: PullResponse, now: number): number {
  return withoutForeignKeys(db, () =>
    db.transaction(() =>
      withoutCapture(db, () => {
        const pending = pendingFields(db);
        const columnsOf = tableColumns(db);
        let applied = 0;
        const reindex = { cases: new Set<string>(), customers: new Set<string>(), kb_articles: new Set<string>() };
        for (const change of page.changes) {
          const table = syncTableOf(change.t);
          if (!table) continue;
          const known = columnsOf(change.t);
          const fields = Object.keys(change.f).filter((c) => known.has(c));
          // Only a row with this key already there is skipped here; any other constraint still fails the page.
          const inserted = insertPulledRow(db, change.t, table.pk, fields, change.f);
          if (!inserted) {
            const mine = pending.get(`${change.t}\u0000${change.k}`);
            if (mine === 'row') continue;
            const settable = fields.filter((c) => !table.pk.includes(c) && !mine?.has(c));
            if (settable.length === 0) continue;
            updatePulledFields(db, change.t, table.pk, settable, change.f);
          }
          applied++;
          if (change.t in reindex) reindex[change.t as keyof typeof reindex].add(change.k);
          if (change.t === 'customer_phones' && typeof change.f['customer_id'] === 'string') reindex.customers.add(change.f['customer_id']);
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
