/**
 * A small seeded random source for demo data: sfc32 (Chris Doty-Humphrey's Small Fast Counting
 * generator, 128-bit state, passes PractRand), so the same seed always yields the same rows.
 * Never use it for anything secret.
 */
export class DemoRng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  /** How many ids `demoId` has made from this generator: part of every id, so ids never repeat. */
  idCounter = 0;

  constructor(seed: number) {
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = seed >>> 0;
    this.a ^= Math.floor(seed / 0x1_0000_0000) >>> 0;
    for (let i = 0; i < 16; i++) this.uint32();
  }

  /** The next 32 random bits as an unsigned integer. */
  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  float(): number {
    return this.uint32() / 0x1_0000_0000;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.float() < p;
  }

  /** One element of a non-empty array, each equally likely. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)] as T;
  }
}

/** A weighted choice prepared once: cumulative weights, then a short scan per draw. */
export interface WeightedPicker<T> {
  (rng: DemoRng): T;
  readonly items: readonly T[];
}

/** Prepares a weighted pick over `[item, weight]` pairs (weights need not sum to 1). */
export function weighted<T>(entries: readonly (readonly [T, number])[]): WeightedPicker<T> {
  if (entries.length === 0) throw new RangeError('a weighted pick needs at least one entry');
  const items = entries.map(([item]) => item);
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  if (!(total > 0)) throw new RangeError('weights must add up to more than 0');
  const cumulative = new Float64Array(entries.length);
  let running = 0;
  entries.forEach(([, w], i) => {
    if (w < 0) throw new RangeError('weights cannot be negative');
    running += w / total;
    cumulative[i] = running;
  });
  cumulative[entries.length - 1] = 1;
  const last = entries.length - 1;
  const pickOne = (rng: DemoRng): T => {
    const u = rng.float();
    let i = 0;
    while (i < last && u >= cumulative[i]!) i++;
    return items[i] as T;
  };
  return Object.assign(pickOne, { items });
}

const hex: readonly string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const variantDigit = ['8', '9', 'a', 'b'] as const;

/**
 * A UUIDv7-shaped id: the 48-bit millisecond time `ms`, version 7, RFC 9562 variant, random bits
 * from `rng` and a scrambled counter. The counter (a bijection of 0…2³²−1) makes ids from one
 * generator unique regardless of time, and ids sort by time like real v7 ids.
 */
export function demoId(rng: DemoRng, ms: number): string {
  const count = Math.imul(rng.idCounter++, 0x9e3779b1) >>> 0;
  const high = Math.floor(ms / 0x1_0000); // top 32 of the 48 time bits
  const low = ms - high * 0x1_0000; // bottom 16
  const r1 = rng.uint32();
  const r2 = rng.uint32();
  return (
    hex[(high >>> 24) & 255]! +
    hex[(high >>> 16) & 255]! +
    hex[(high >>> 8) & 255]! +
    hex[high & 255]! +
    '-' +
    hex[low >>> 8]! +
    hex[low & 255]! +
    '-7' +
    hex[r1 & 255]!.charAt(1) +
    hex[(r1 >>> 8) & 255]! +
    '-' +
    variantDigit[(r1 >>> 16) & 3]! +
    hex[(r1 >>> 18) & 15]!.charAt(1) +
    hex[(r1 >>> 24) & 255]! +
    '-' +
    hex[r2 & 255]! +
    hex[(r2 >>> 8) & 255]! +
    hex[count >>> 24]! +
    hex[(count >>> 16) & 255]! +
    hex[(count >>> 8) & 255]! +
    hex[count & 255]!
  );
}
