import { describe, expect, it } from 'vitest';
import { gateOf, newCallDraft } from '../../src/shared/domain/callFlow';
import { visitBookingGaps, visitBookingOf, visitStarted } from '../../src/shared/domain/visitBookings';

const whole = { engineer: '陈工', date: '2026-11-25', timeSlot: '14:00–16:00', address: '上海市徐汇区漕溪北路 88 号', durationMinutes: 90 };

describe('visit bookings', () => {
  it('asks nothing while no visit is being booked', () => {
    const empty = { engineer: '', date: '', timeSlot: '', address: '', durationMinutes: null };
    expect(visitStarted(empty)).toBe(false);
    expect(visitBookingGaps(empty)).toEqual([]);
    expect(visitBookingOf(empty)).toBeNull();
  });

  it('names each missing or wrong field of a started booking; the duration must be 15–720 whole minutes', () => {
    expect(visitBookingGaps({ ...whole, engineer: ' ', address: '' })).toEqual(['engineer', 'address']);
    expect(visitBookingGaps({ ...whole, date: '25/11' })).toEqual(['date']);
    for (const durationMinutes of [null, 0, 14, 721, 30.5]) expect(visitBookingGaps({ ...whole, durationMinutes })).toEqual(['durationMinutes']);
    for (const durationMinutes of [15, 720]) expect(visitBookingGaps({ ...whole, durationMinutes })).toEqual([]);
    // A draft from before bookings had an address or a duration.
    expect(visitBookingGaps({ engineer: '陈工', date: '2026-11-25', timeSlot: '' })).toEqual(['address', 'durationMinutes']);
  });

  it('gives the booking to save, trimmed, when whole', () => {
    expect(visitBookingOf({ ...whole, address: `  ${whole.address} ` })).toEqual(whole);
  });

  it('keeps the solve stage closed while a started booking is incomplete', () => {
    const d = newCallDraft({ id: 'v', now: 0, channel: 'phone', callerNumber: null });
    const solve = { ...d.solve, solution: '安排工程师上门检修' };
    expect(gateOf({ ...d, solve }, 'solve')).toEqual([]);
    expect(gateOf({ ...d, solve: { ...solve, visit: { ...whole, durationMinutes: 800 } } }, 'solve')).toEqual(['visitBooking']);
    expect(gateOf({ ...d, solve: { ...solve, visit: whole } }, 'solve')).toEqual([]);
  });
});
