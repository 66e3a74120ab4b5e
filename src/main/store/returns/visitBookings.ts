import { v7 as uuidv7 } from 'uuid';
import { maskAddress } from '../../../shared/domain/piiMask';
import type { VisitBooking } from '../../../shared/domain/visitBookings';
import type { CaseVisit } from '../../../shared/schemas/caseDetail';
import { statement, type ReadableDB, type WritableDB } from '../db';

/** Saves an engineer visit booked on a case (migration 024's `visit_bookings`). Returns its id. */
export function insertVisitBooking(db: WritableDB, caseId: string, visit: VisitBooking, now: number): string {
  const id = uuidv7();
  statement(db, 'INSERT INTO visit_bookings (id, case_id, engineer, day, time_slot, address, duration_minutes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    id,
    caseId,
    visit.engineer,
    visit.date,
    visit.timeSlot,
    visit.address,
    visit.durationMinutes,
    now,
  );
  return id;
}

const LIMIT = 100;

/** A case's visit bookings, by visit day (newest booking first within a day); the address masked. */
export function visitsOfCase(db: ReadableDB, caseId: string): CaseVisit[] {
  const rows = statement(
    db,
    `SELECT id, engineer, day, time_slot AS timeSlot, address, duration_minutes AS durationMinutes, created_at AS createdAt
     FROM visit_bookings WHERE case_id = ? ORDER BY day, created_at DESC, id LIMIT ${LIMIT}`,
  ).all(caseId) as (Omit<CaseVisit, 'addressMasked'> & { address: string })[];
  return rows.map(({ address, ...row }) => ({ ...row, addressMasked: maskAddress(address) }));
}
