import { z } from 'zod';
import { LIMITS } from '../schemas/case';

/**
 * An engineer visit booked for a customer (domain.md "Every channel": address, time slot,
 * engineer, expected duration). The call's draft holds what the agent types; a booking is saved
 * only when it is complete and valid. Pure.
 */

export const VISIT_MIN_MINUTES = 15;
export const VISIT_MAX_MINUTES = 720;
export const VISIT_ADDRESS_MAX = 500;

const filled = (max: number) => z.string().trim().min(1, 'required').max(max, 'tooLong');

/** A complete booking; each failure is a translatable key (`visits.errors.<field>`). */
export const visitBookingSchema = z.strictObject({
  engineer: filled(LIMITS.name),
  date: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, 'required'),
  timeSlot: z.string().trim().max(40, 'tooLong'),
  address: filled(VISIT_ADDRESS_MAX),
  durationMinutes: z
    .number({ error: 'visitDuration' })
    .int('visitDuration')
    .min(VISIT_MIN_MINUTES, 'visitDuration')
    .max(VISIT_MAX_MINUTES, 'visitDuration')
    .nullable()
    .refine((v) => v !== null, 'visitDuration'),
});
export type VisitBooking = Omit<z.output<typeof visitBookingSchema>, 'durationMinutes'> & { durationMinutes: number };

/** What the draft holds while the agent types (duration null until given). */
export interface VisitDraft {
  engineer: string;
  date: string;
  timeSlot: string;
  address?: string;
  durationMinutes?: number | null;
}

export const visitFields = ['engineer', 'date', 'address', 'durationMinutes'] as const;
export type VisitField = (typeof visitFields)[number];

/** Whether the agent started booking a visit (any field filled in). */
export function visitStarted(v: VisitDraft): boolean {
  return [v.engineer, v.date, v.timeSlot, v.address ?? ''].some((s) => s.trim().length > 0) || (v.durationMinutes ?? null) !== null;
}

/** The fields of a started booking that are missing or wrong; none when nothing was started. */
export function visitBookingGaps(v: VisitDraft): VisitField[] {
  if (!visitStarted(v)) return [];
  const parsed = visitBookingSchema.safeParse({ engineer: v.engineer, date: v.date, timeSlot: v.timeSlot, address: v.address ?? '', durationMinutes: v.durationMinutes ?? null });
  if (parsed.success) return [];
  const fields = new Set(parsed.error.issues.map((i) => String(i.path[0])));
  return visitFields.filter((f) => fields.has(f));
}

/** The booking to save from a draft: null when none was started; throws nothing — check `visitBookingGaps` first. */
export function visitBookingOf(v: VisitDraft): VisitBooking | null {
  if (!visitStarted(v) || visitBookingGaps(v).length > 0) return null;
  return { engineer: v.engineer.trim(), date: v.date.trim(), timeSlot: v.timeSlot.trim(), address: (v.address ?? '').trim(), durationMinutes: v.durationMinutes! };
}
