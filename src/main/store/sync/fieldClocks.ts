import { statement, type WritableDB } from '../db';

/** Records which clock last set each field, for per-field last-writer-wins when syncing. */
export function stampFields(db: WritableDB, entity: string, entityId: string, fields: readonly string[], hlc: string): void {
  const upsert = statement(
    db,
    'INSERT INTO field_clocks (entity, entity_id, field, hlc) VALUES (?, ?, ?, ?) ON CONFLICT (entity, entity_id, field) DO UPDATE SET hlc = excluded.hlc',
  );
  for (const field of fields) upsert.run(entity, entityId, field, hlc);
}
