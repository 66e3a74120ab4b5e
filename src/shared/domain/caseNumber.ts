/**
 * Human-readable case numbers that stay unique when several branches create cases offline:
 * branch code + local date + a device code derived from the client id + a daily sequence,
 * e.g. `SH01-20261122-K7F2M9XQ4B-0042` (before issue 15 the device code had 3 characters: `SH01-20261122-K7F-0042`).
 */

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford base32: no I, L, O, U

/** Characters in a device code: 50 bits, so 10,000 desktops of one branch collide with odds below 1 in 20 million. */
export const DEVICE_CODE_LENGTH = 10;

const MASK64 = (1n << 64n) - 1n;

/**
 * Ten base32 characters hashed from the client id: 64-bit FNV-1a (BigInt, so it runs the same
 * in the renderer, main and server), a final avalanche step so every input bit reaches the high
 * bits, then the top 50 bits. Birthday bound: n²/2^51 = 10⁸/2.25·10¹⁵ ≈ 4·10⁻⁸ for 10,000
 * desktops. Case numbers made before this (3-character codes) stay valid: see `parseCaseNumber`.
 */
export function deviceCode(clientId: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < clientId.length; i++) {
    hash ^= BigInt(clientId.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & MASK64;
  }
  // fmix64 (MurmurHash3's finalizer): FNV's low bits depend only on the inputs' low bits.
  hash ^= hash >> 33n;
  hash = (hash * 0xff51afd7ed558ccdn) & MASK64;
  hash ^= hash >> 33n;
  hash = (hash * 0xc4ceb9fe1a85ec53n) & MASK64;
  hash ^= hash >> 33n;
  let code = '';
  for (let i = 0; i < DEVICE_CODE_LENGTH; i++) code += alphabet[Number((hash >> BigInt(59 - 5 * i)) & 31n)];
  return code;
}

export interface CaseNumberParts {
  branch: string;
  day: string;
  device: string;
  seq: number;
  /** Set when the server renumbered a case whose number another case already had (`…-R1`). */
  renumbered?: number;
}

/**
 * The parts of a case number: today's (10-character device code), earlier ones (3 characters),
 * and those the server renumbered (`-R1`, `-R2`, …). Undefined for anything else.
 */
export function parseCaseNumber(number: string): CaseNumberParts | undefined {
  const match = /^([A-Z0-9]{1,16})-(\d{8})-([0-9A-HJKMNP-TV-Z]{3}|[0-9A-HJKMNP-TV-Z]{10})-(\d{4,})(?:-R(\d+))?$/.exec(number);
  if (!match) return undefined;
  const parts: CaseNumberParts = { branch: match[1]!, day: match[2]!, device: match[3]!, seq: Number(match[4]) };
  if (match[5] !== undefined) parts.renumbered = Number(match[5]);
  return parts;
}

/** The local calendar day as YYYYMMDD: the day the agent sees on the wall clock. */
export function localDay(epochMs: number, utcOffsetMinutes: number): string {
  const d = new Date(epochMs + utcOffsetMinutes * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
}

export function formatCaseNumber(parts: { branch: string; day: string; device: string; seq: number }): string {
  if (!Number.isInteger(parts.seq) || parts.seq < 1) throw new RangeError(`case sequence must be a positive integer, got ${parts.seq}`);
  return `${parts.branch}-${parts.day}-${parts.device}-${String(parts.seq).padStart(4, '0')}`;
}
