/**
 * Human-readable case numbers that stay unique when several branches create cases offline:
 * branch code + local date + a device code derived from the client id + a daily sequence,
 * e.g. `SH01-20261122-K7F-0042`.
 */

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford base32: no I, L, O, U

/** Three base32 characters (32,768 values) hashed from the client id (FNV-1a). */
export function deviceCode(clientId: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < clientId.length; i++) {
    hash ^= clientId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  let code = '';
  for (let i = 0; i < 3; i++) {
    code += alphabet[hash % 32];
    hash = Math.floor(hash / 32);
  }
  return code;
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
