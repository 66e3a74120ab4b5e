import { createHash, randomUUID } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** The sha256 of some bytes, lowercase hex. */
export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Evidence files kept in the data directory, under their sha256 (`evidence/ab/abcd…`): the same
 * photo attached twice is stored once, and a name says nothing about the customer. A file is
 * written to a temporary name, flushed and renamed, so a crash never leaves half a file under a
 * real name. Nothing here logs a file's name or content.
 */
export class EvidenceFileStore {
  readonly dir: string;

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'evidence');
  }

  private pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a sha256');
    return join(this.dir, sha256.slice(0, 2), sha256);
  }

  has(sha256: string): boolean {
    return existsSync(this.pathOf(sha256));
  }

  /** Stores the bytes (once per content) and returns their sha256. */
  write(bytes: Uint8Array): string {
    const sha256 = sha256Of(bytes);
    const target = this.pathOf(sha256);
    if (existsSync(target)) return sha256;
    mkdirSync(join(this.dir, sha256.slice(0, 2)), { recursive: true });
    const temp = join(this.dir, sha256.slice(0, 2), `.${sha256}.${randomUUID()}.tmp`);
    try {
      const fd = openSync(temp, 'wx');
      try {
        for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(temp, target);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
    return sha256;
  }

  /** The file's bytes, or null when this desktop does not hold it (or what it holds is not that file). */
  read(sha256: string): Buffer | null {
    const path = this.pathOf(sha256);
    if (!existsSync(path)) return null;
    const bytes = readFileSync(path);
    if (sha256Of(bytes) !== sha256) {
      rmSync(path, { force: true }); // damaged on disk: fetched again from the server
      return null;
    }
    return bytes;
  }
}
