/**
 * Worker thread: builds the search index of a demo load in a scratch database file while the main
 * thread writes the rows. Driven by parallelSearchIndex.ts, which copies the result into the store.
 */
import BetterSqlite3 from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { articleDoc, caseDoc, customerDoc, type SearchDoc, type SearchKind } from '../../src/main/store/search/searchIndex';
import type { SearchWorkerData, SearchWorkerReply, SearchWorkerRequest } from './parallelSearchIndex';

const { path, schema } = workerData as SearchWorkerData;
const port = parentPort!;
const db = new BetterSqlite3(path);
// A scratch file, thrown away if anything fails: no journal, no fsync.
db.pragma('journal_mode = OFF');
db.pragma('synchronous = OFF');
for (const sql of schema) db.exec(sql);
// Keep up to 64 MiB of new terms in memory before writing a segment: fewer, bigger segments to
// merge. This setting stays in the scratch file: the store keeps its own configuration.
db.exec("INSERT INTO search_index (search_index, rank) VALUES ('hashsize', 67108864)");

const insertDoc = db.prepare('INSERT INTO search_docs (rowid, kind, ref_id) VALUES (?, ?, ?)');
const insertIndex = db.prepare('INSERT INTO search_index (rowid, title, body, ids) VALUES (?, ?, ?, ?)');
let rowid = 0;
// Documents go in under one open transaction, committed every COMMIT_EVERY: the fewer commits, the
// fewer small segments FTS5 writes and merges again later.
const COMMIT_EVERY = 250_000;
let uncommitted = 0;
const store = (kind: SearchKind, docs: [string, SearchDoc][]) => {
  if (!db.inTransaction) db.exec('BEGIN');
  for (const [id, doc] of docs) {
    rowid += 1;
    insertDoc.run(rowid, kind, id);
    insertIndex.run(rowid, doc.title, doc.body, doc.ids);
  }
  uncommitted += docs.length;
  if (uncommitted >= COMMIT_EVERY) commit();
};
const commit = () => {
  if (db.inTransaction) db.exec('COMMIT');
  uncommitted = 0;
};

const reply = (message: SearchWorkerReply) => port.postMessage(message);

function handle(request: SearchWorkerRequest): void {
  switch (request.kind) {
    case 'case':
      store('case', request.rows.map((r) => [r.id, caseDoc(r)]));
      break;
    case 'customer':
      store('customer', request.rows.map((r) => [r.id, customerDoc(r)]));
      break;
    case 'article':
      store('article', request.rows.map((r) => [r.id, articleDoc(r)]));
      break;
    case 'finish':
      commit();
      db.close();
      reply({ kind: 'done', docs: rowid });
      port.close(); // nothing left to do: the thread ends
      return;
  }
  reply({ kind: 'progress', docs: rowid });
}

// Errors go back as text: a SQLite error object loses its message when sent between threads.
port.on('message', (request: SearchWorkerRequest) => {
  try {
    handle(request);
  } catch (error) {
    reply({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    port.close();
  }
});
