import { statement, type ReadableDB, type WritableDB } from '../db';

/** One FTS5 segment of the search index, as its structure record describes it. */
export interface SearchSegment {
  id: number;
  /** Leaf pages (FTS5 pages of ~4 KiB). */
  pages: number;
  entries: number;
  tombstones: number;
}

export interface SearchLevel {
  /** Segments of this level taking part in an unfinished incremental merge (0: none). */
  merging: number;
  segments: SearchSegment[];
}

/** Reads one SQLite/FTS5 varint (big-endian, 7 bits a byte, the 9th byte whole). */
function varint(data: Uint8Array, at: number): [value: number, next: number] {
  let value = 0;
  for (let i = 0; i < 8; i++) {
    const byte = data[at + i]!;
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return [value, at + i + 1];
  }
  return [value * 256 + data[at + 8]!, at + 9];
}

/**
 * The levels and segments of the search index, decoded from FTS5's structure record (the row with
 * id 10 of search_index_data; format of fts5StructureDecode in SQLite's fts5_index.c). Read-only:
 * used by tests and the store bench to see what maintenance and saves did to the index.
 */
export function searchIndexLevels(db: ReadableDB): SearchLevel[] {
  const row = statement(db, 'SELECT block FROM search_index_data WHERE id = 10').get() as { block: Uint8Array } | undefined;
  return row ? decodeStructure(row.block).levels : [];
}

interface Decoded {
  /** Cookie, version mark and counts: everything before the first level, as stored. */
  head: Uint8Array;
  v2: boolean;
  writeCounter: Uint8Array;
  levels: (SearchLevel & { raw: Uint8Array[] })[];
}

function decodeStructure(data: Uint8Array): Decoded {
  let at = 4; // cookie
  const v2 = data[4] === 0xff && data[5] === 0 && data[6] === 0 && data[7] === 1;
  if (v2) at += 4;
  const [levelCount, afterCount] = varint(data, at);
  at = afterCount;
  [, at] = varint(data, at); // segments in all
  const counterAt = at;
  [, at] = varint(data, at); // write counter
  const writeCounter = data.slice(counterAt, at);
  const levels: Decoded['levels'] = [];
  for (let l = 0; l < levelCount; l++) {
    let merging: number;
    let count: number;
    [merging, at] = varint(data, at);
    [count, at] = varint(data, at);
    const segments: SearchSegment[] = [];
    const raw: Uint8Array[] = [];
    for (let s = 0; s < count; s++) {
      const start = at;
      let id: number, first: number, last: number;
      let entries = 0;
      let tombstones = 0;
      [id, at] = varint(data, at);
      [first, at] = varint(data, at);
      [last, at] = varint(data, at);
      if (v2) {
        [, at] = varint(data, at); // origin 1
        [, at] = varint(data, at); // origin 2
        [, at] = varint(data, at); // tombstone pages
        [tombstones, at] = varint(data, at);
        [entries, at] = varint(data, at);
      }
      segments.push({ id, pages: last - first + 1, entries, tombstones });
      raw.push(data.slice(start, at));
    }
    levels.push({ merging, segments, raw });
  }
  return { head: data.slice(0, v2 ? 8 : 4), v2, writeCounter, levels };
}

/** Levels the seeded segments are lifted to start at: far above what saves and maintenance reach. */
export const LIFTED_LEVEL = 12;

/**
 * Moves every segment of the index up to a level of its own from LIFTED_LEVEL on, oldest highest,
 * keeping their order; returns whether it did. Only the structure record changes, no data.
 *
 * Why: a bulk-built index (a seeded store) ends up with a few 40–200 MB segments on levels 0 and 1.
 * New segments — one per save — go to level 0, so FTS5 soon merged those tiny segments with the
 * huge ones: a 4 s save, a 1 s maintenance step, hundreds of MiB of free pages. A segment alone on a
 * high level is merged only when that level fills up (usermerge / crisismerge segments), which the
 * small segments of saves never do. Refused (false) while a merge is under way or when the index
 * already has a segment at LIFTED_LEVEL or above. Writes a shadow table: the caller's connection
 * must be in unsafe mode, and other connections must not have the index open for writing.
 */
export function liftSearchSegments(db: WritableDB): boolean {
  const row = statement(db, 'SELECT block FROM search_index_data WHERE id = 10').get() as { block: Uint8Array } | undefined;
  if (!row) return false;
  const decoded = decodeStructure(row.block);
  if (decoded.levels.some((level) => level.merging > 0) || decoded.levels.length > LIFTED_LEVEL) return false;
  // Oldest first: the highest level first, and each level's first segment is its oldest.
  const ordered = [...decoded.levels].reverse().flatMap((level) => level.raw);
  if (ordered.length === 0) return false;
  const levelCount = LIFTED_LEVEL + ordered.length;
  if (levelCount > 64) return false; // FTS5_MAX_LEVEL
  const bytes: number[] = [...decoded.head, levelCount, ordered.length, ...decoded.writeCounter];
  if (ordered.length > 127) return false; // one-byte varints only
  for (let level = 0; level < levelCount; level++) {
    // Level LIFTED_LEVEL + i holds the i-th newest segment: the oldest ends on the highest level.
    const index = level - LIFTED_LEVEL;
    if (index < 0) bytes.push(0, 0);
    else bytes.push(0, 1, ...ordered[ordered.length - 1 - index]!);
  }
  statement(db, 'UPDATE search_index_data SET block = ? WHERE id = 10').run(Buffer.from(bytes));
  return true;
}

/** How many segments the search index has (a query reads each one). */
export const searchSegmentCount = (db: ReadableDB) => searchIndexLevels(db).reduce((n, level) => n + level.segments.length, 0);
