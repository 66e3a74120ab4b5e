import { rmSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { ReadableDB } from '../../src/main/store/db';
import { copyScratchSearchIndex, searchSchemaOf } from '../../src/main/store/search/scratchSearchIndex';
import type { ArticleSourceRow, CaseSourceRow, CustomerSourceRow } from '../../src/main/store/search/searchIndex';

export type CaseSearchRow = Omit<CaseSourceRow, 'updated_at'>;
export type CustomerSearchRow = Omit<CustomerSourceRow, 'rn' | 'updated_at'>;

export interface SearchWorkerData {
  path: string;
  schema: string[];
}
export type SearchWorkerRequest =
  | { kind: 'case'; rows: CaseSearchRow[] }
  | { kind: 'customer'; rows: CustomerSearchRow[] }
  | { kind: 'article'; rows: ArticleSourceRow[] }
  | { kind: 'finish' };
export type SearchWorkerReply = { kind: 'progress' | 'done'; docs: number } | { kind: 'failed'; message: string };

/**
 * Builds the search index of a bulk load on a second core: documents go to a worker thread as the
 * rows are written, the worker tokenizes and indexes them in a scratch file next to the store
 * (ScratchSearchIndex), and `finish` copies the finished index into the store
 * (copyScratchSearchIndex). Indexing a million cases takes about as long as writing their rows, so
 * the two now overlap instead of adding up. Rowids follow the order documents were added, so the
 * newest-first search scan sees recently created things first.
 */
export class ParallelSearchIndex {
  private readonly worker: Worker;
  private readonly scratch: string;
  private failure: Error | null = null;
  private docs = 0;
  private onProgress: ((docs: number) => void) | undefined;

  constructor(private readonly db: ReadableDB) {
    this.scratch = `${db.name}.search-build`;
    rmSync(this.scratch, { force: true });
    const schema = searchSchemaOf(db);
    // The worker is TypeScript, loaded through tsx's API (the seeder is a development tool, run by
    // tsx or vitest; neither passes its loader on to worker threads).
    const entry = new URL('./searchWorker.ts', import.meta.url).href;
    const boot = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}))`;
    this.worker = new Worker(boot, { eval: true, workerData: { path: this.scratch, schema } satisfies SearchWorkerData });
    this.worker.on('error', (error) => (this.failure ??= error));
    this.worker.on('message', (reply: SearchWorkerReply) => {
      if (reply.kind === 'failed') this.failure ??= new Error(`building the search index failed: ${reply.message}`);
      else {
        this.docs = reply.docs;
        this.onProgress?.(reply.docs);
      }
    });
  }

  add(request: Exclude<SearchWorkerRequest, { kind: 'finish' }>): void {
    if (request.rows.length > 0) this.worker.postMessage(request);
  }

  /** Waits for the worker to index everything added, then copies the index into the store. */
  async finish(onProgress?: (docs: number) => void): Promise<number> {
    this.onProgress = onProgress;
    const done = new Promise<void>((resolve, reject) => {
      if (this.failure) reject(this.failure);
      this.worker.on('error', reject);
      this.worker.on('exit', (code) => {
        if (this.failure) reject(this.failure);
        else if (code === 0) resolve();
        else reject(new Error(`the search index worker stopped with exit code ${code}`));
      });
    });
    this.worker.postMessage({ kind: 'finish' } satisfies SearchWorkerRequest);
    try {
      await done;
      copyScratchSearchIndex(this.db.name, this.scratch);
    } finally {
      rmSync(this.scratch, { force: true });
    }
    return this.docs;
  }

  /** Stops the worker and removes the scratch file, after a load that failed. */
  async abort(): Promise<void> {
    await this.worker.terminate();
    rmSync(this.scratch, { force: true });
  }
}
