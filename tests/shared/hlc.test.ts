import { describe, expect, it } from 'vitest';
import { decodeHlc, encodeHlc, receiveHlc, tickHlc, type Hlc } from '../../src/shared/domain/hlc';

const at = (wall: number, counter = 0, clientId = 'a'): Hlc => ({ wall, counter, clientId });

describe('hybrid logical clock', () => {
  it('round-trips through its string form, and string order is time order', () => {
    const h = at(1_790_000_000_000, 7, 'client-1');
    expect(decodeHlc(encodeHlc(h))).toEqual(h);
    expect(encodeHlc(at(999, 5)) < encodeHlc(at(1000, 0))).toBe(true);
    expect(encodeHlc(at(1000, 1)) < encodeHlc(at(1000, 2))).toBe(true);
  });

  it('rejects malformed timestamps', () => {
    expect(() => decodeHlc('yesterday')).toThrow(/malformed/);
  });

  it('follows the wall clock when it moves forward', () => {
    expect(tickHlc(at(1000, 3), 2000)).toEqual(at(2000, 0));
  });

  it('keeps counting when the wall clock stands still or goes backwards', () => {
    const first = tickHlc(at(5000, 0), 5000);
    const second = tickHlc(first, 1000); // clock set back by the user
    expect(encodeHlc(first) < encodeHlc(second)).toBe(true);
    expect(second).toEqual(at(5000, 2));
  });

  it('carries into the next millisecond when the counter is full', () => {
    expect(tickHlc(at(5000, 99_999), 5000)).toEqual(at(5001, 0));
  });

  it('orders a local event after any timestamp it has received', () => {
    const remote = at(9000, 4, 'b');
    const merged = receiveHlc(at(1000, 0, 'a'), remote, 2000);
    expect(merged).toEqual(at(9000, 5, 'a'));
    expect(receiveHlc(at(9000, 8), at(9000, 4, 'b'), 100)).toEqual(at(9000, 9));
    expect(receiveHlc(at(1, 0), at(2, 0, 'b'), 50)).toEqual(at(50, 0));
  });
});
