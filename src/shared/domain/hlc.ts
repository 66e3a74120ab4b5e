/**
 * Hybrid logical clock: wall milliseconds + counter + client id, encoded so that string order
 * equals causal order. A clock that goes backwards never blocks a write: the logical part
 * simply keeps counting from the last timestamp seen.
 */
export interface Hlc {
  wall: number;
  counter: number;
  clientId: string;
}

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 5;
const MAX_COUNTER = 10 ** COUNTER_DIGITS - 1;

export function encodeHlc(h: Hlc): string {
  return `${String(h.wall).padStart(WALL_DIGITS, '0')}-${String(h.counter).padStart(COUNTER_DIGITS, '0')}-${h.clientId}`;
}

export function decodeHlc(s: string): Hlc {
  const match = /^(\d{15})-(\d{5})-(.+)$/.exec(s);
  if (!match) throw new Error(`malformed HLC timestamp: ${s}`);
  return { wall: Number(match[1]), counter: Number(match[2]), clientId: match[3]! };
}

/** The next timestamp for a local event, given the last one issued and the wall clock now. */
export function tickHlc(last: Hlc, now: number): Hlc {
  if (now > last.wall) return { wall: now, counter: 0, clientId: last.clientId };
  if (last.counter < MAX_COUNTER) return { ...last, counter: last.counter + 1 };
  return { wall: last.wall + 1, counter: 0, clientId: last.clientId };
}

/** Merge a timestamp received from elsewhere so that our next event orders after it. */
export function receiveHlc(local: Hlc, remote: Hlc, now: number): Hlc {
  const wall = Math.max(local.wall, remote.wall, now);
  let counter: number;
  if (wall === local.wall && wall === remote.wall) counter = Math.max(local.counter, remote.counter) + 1;
  else if (wall === local.wall) counter = local.counter + 1;
  else if (wall === remote.wall) counter = remote.counter + 1;
  else counter = 0;
  if (counter > MAX_COUNTER) return { wall: wall + 1, counter: 0, clientId: local.clientId };
  return { wall, counter, clientId: local.clientId };
}

/** A timestamp more than `maxAheadMs` ahead of `now` is pulled back to `now` (its counter and client kept). */
export function clampHlc(encoded: string, now: number, maxAheadMs: number): { hlc: string; clamped: boolean } {
  const h = decodeHlc(encoded);
  if (h.wall <= now + maxAheadMs) return { hlc: encoded, clamped: false };
  return { hlc: encodeHlc({ ...h, wall: now }), clamped: true };
}
