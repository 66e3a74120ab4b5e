/**
 * Worker thread: builds the search index of a demo load in a scratch database file while the main
 * thread writes the rows. Driven by parallelSearchIndex.ts, which copies the result into the store.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ScratchSearchIndex } from '../../src/main/store/search/scratchSearchIndex';
import { articleDoc, caseDoc, customerDoc } from '../../src/main/store/search/searchIndex';
import type { SearchWorkerData, SearchWorkerReply, SearchWorkerRequest } from './parallelSearchIndex';

const { path, schema } = workerData as SearchWorkerData;
const port = parentPort!;
const index = new ScratchSearchIndex(path, schema);

const reply = (message: SearchWorkerReply) => port.postMessage(message);

function handle(request: SearchWorkerRequest): void {
  switch (request.kind) {
    case 'case':
      index.add('case', request.rows, caseDoc);
      break;
    case 'customer':
      index.add('customer', request.rows, customerDoc);
      break;
    case 'article':
      index.add('article', request.rows, articleDoc);
      break;
    case 'finish':
      index.close();
      reply({ kind: 'done', docs: index.docs });
      port.close(); // nothing left to do: the thread ends
      return;
  }
  reply({ kind: 'progress', docs: index.docs });
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
