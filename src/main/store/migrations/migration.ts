import type { WritableDB } from '../db';

export interface Migration {
  /** Numbered from 1 without gaps; stored in `PRAGMA user_version`. */
  version: number;
  name: string;
  up(db: WritableDB): void;
}
