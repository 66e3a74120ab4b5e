import { describe, expect, it } from 'vitest';
import { mergeField } from '../../src/server/sync/mergeField';

const h = (wall: number, client = 'a') => `${String(wall).padStart(15, '0')}-00000-${client}`;

describe('mergeField', () => {
  it('applies a write based on the current value whatever the clocks say (no clock-skew wedge)', () => {
    expect(mergeField({ table: 'cases', field: 'subject', base: 'x', value: 'y', hlc: h(1) }, { value: 'x', clock: h(9_000) })).toEqual({ kind: 'set', value: 'y', clock: h(9_000) });
  });

  it('gives concurrent writes to the later clock and keeps the loser as a conflict', () => {
    expect(mergeField({ table: 'cases', field: 'subject', base: 'x', value: 'late', hlc: h(5, 'b') }, { value: 'early', clock: h(4, 'a') })).toEqual({
      kind: 'override',
      value: 'late',
      clock: h(5, 'b'),
      lost: 'early',
    });
    expect(mergeField({ table: 'cases', field: 'subject', base: 'x', value: 'early', hlc: h(4, 'a') }, { value: 'late', clock: h(5, 'b') })).toEqual({ kind: 'keep', lost: 'early' });
  });

  it('breaks a tie on the wall clock by client id, the same way on every server', () => {
    const a = mergeField({ table: 'cases', field: 'subject', base: 'x', value: 'A', hlc: h(5, 'a') }, { value: 'B', clock: h(5, 'b') });
    const b = mergeField({ table: 'cases', field: 'subject', base: 'x', value: 'B', hlc: h(5, 'b') }, { value: 'A', clock: h(5, 'a') });
    expect(a).toEqual({ kind: 'keep', lost: 'A' });
    expect(b).toMatchObject({ kind: 'override', value: 'B' });
  });

  it('never moves a case status along a path the state machine forbids', () => {
    // The case was closed meanwhile; a concurrent move from inProgress to escalated loses even with a later clock.
    expect(mergeField({ table: 'cases', field: 'status', base: 'inProgress', value: 'escalated', hlc: h(9) }, { value: 'closed', clock: h(1) })).toEqual({ kind: 'keep', lost: 'escalated' });
    // resolved -> closed is allowed, so the later clock wins.
    expect(mergeField({ table: 'cases', field: 'status', base: 'inProgress', value: 'closed', hlc: h(9) }, { value: 'resolved', clock: h(1) })).toMatchObject({ kind: 'override', value: 'closed' });
  });

  it('keeps a done follow-up done against a concurrent change, but lets an explicit reopen through', () => {
    expect(mergeField({ table: 'follow_ups', field: 'state', base: 'due', value: 'due', hlc: h(9) }, { value: 'done', clock: h(1) })).toEqual({ kind: 'keep', lost: 'due' });
    expect(mergeField({ table: 'follow_ups', field: 'state', base: 'done', value: 'due', hlc: h(9) }, { value: 'done', clock: h(1) })).toMatchObject({ kind: 'set', value: 'due' });
  });

  it('lets done win over a sweep\'s concurrent "missed" in either order, with no conflict (issue 17)', () => {
    // The sweep on a desktop that had not heard of the call marked it missed later (h9) than it was done (h1).
    expect(mergeField({ table: 'follow_ups', field: 'state', base: 'due', value: 'missed', hlc: h(9) }, { value: 'done', clock: h(1) })).toEqual({ kind: 'same' });
    expect(mergeField({ table: 'follow_ups', field: 'state', base: 'due', value: 'done', hlc: h(1) }, { value: 'missed', clock: h(9) })).toEqual({ kind: 'set', value: 'done', clock: h(9) });
    // Two sweeps agree.
    expect(mergeField({ table: 'follow_ups', field: 'state', base: 'due', value: 'missed', hlc: h(1) }, { value: 'missed', clock: h(9) })).toEqual({ kind: 'same' });
  });

  it('keeps the latest updated_at without calling it a conflict', () => {
    expect(mergeField({ table: 'cases', field: 'updated_at', base: 1, value: 5, hlc: h(1) }, { value: 9, clock: h(9) })).toEqual({ kind: 'same' });
    expect(mergeField({ table: 'cases', field: 'updated_at', base: 1, value: 12, hlc: h(1) }, { value: 9, clock: h(9) })).toEqual({ kind: 'set', value: 12, clock: h(9) });
  });

  it('sets a field the record did not have, and treats the same value as no change', () => {
    expect(mergeField({ table: 'cases', field: 'product', value: 'X1', hlc: h(2) }, { value: undefined, clock: undefined })).toEqual({ kind: 'set', value: 'X1', clock: h(2) });
    expect(mergeField({ table: 'cases', field: 'product', base: 'X0', value: 'X1', hlc: h(2) }, { value: 'X1', clock: h(3) })).toEqual({ kind: 'same' });
  });
});
