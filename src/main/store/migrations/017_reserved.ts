import type { Migration } from './migration';

/**
 * Placeholder for migration 017, which another branch (i15-keys) adds: migrations are numbered
 * without gaps, and 018 is this branch's. Replace this file with that branch's 017 when merging.
 */
export const migration017: Migration = {
  version: 17,
  name: 'reserved (i15-keys)',
  up() {},
};
